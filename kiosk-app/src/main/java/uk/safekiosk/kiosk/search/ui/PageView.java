package uk.safekiosk.kiosk.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.search.SafePage;
import uk.safekiosk.kiosk.search.SearchService;
import uk.safekiosk.kiosk.search.SearchSwitches;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.speech.ReadAloud;

/**
 * The safe page viewer ({@code /search/view?u=<address>}): a stored page of a vetted site, cleaned, with links to
 * other vetted pages opening here and every other link inert. "Report this page" tells the teacher at once.
 */
@Route("search/view")
@PermitAll
@StyleSheet("kiosk-theme/search.css")
public class PageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ADDRESS = "u";

    private final CurrentUser currentUser;
    private final SearchService search;
    private final SearchSwitches switches;
    private String title = "";

    public PageView(CurrentUser currentUser, SearchService search, SearchSwitches switches) {
        this.currentUser = currentUser;
        this.search = search;
        this.switches = switches;
        addClassName("kiosk-viewer");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Person me = currentUser.require();
        if (!switches.maySearch(me)) {
            event.forwardTo(SearchView.class);
            return;
        }
        String address = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(ADDRESS, List.of("")).getFirst();
        Optional<SafePage> page = search.open(address, getTranslation("search.viewer.outside"));
        if (page.isEmpty()) {
            title = getTranslation("search.viewer.not-vetted.heading");
            String text = getTranslation("search.viewer.not-vetted.text");
            Div explained = new Div(new Paragraph(text), new ReadAloud(ReadAloud.sentences(title, text)));
            explained.addClassName("kiosk-explained");
            add(new H2(title), explained, backButton());
            return;
        }
        show(me, page.get());
    }

    private void show(Person me, SafePage page) {
        title = page.title();
        Span site = new Span(getTranslation("search.viewer.from", page.siteTitle()));
        site.addClassName("kiosk-result-site");
        Paragraph thanks = new Paragraph(getTranslation("search.viewer.reported"));
        thanks.getElement().setAttribute("role", "status");
        Div thanked = new Div(thanks, new ReadAloud(thanks.getText()));
        thanked.addClassName("kiosk-explained");
        thanked.setVisible(false);
        Button report = new Button(getTranslation("search.viewer.report"), VaadinIcon.FLAG.create());
        report.addThemeVariants(ButtonVariant.LUMO_ERROR);
        report.addClickListener(click -> {
            search.report(me, page);
            report.setEnabled(false);
            thanked.setVisible(true);
        });
        Div bar = new Div(backButton(), site, report);
        bar.addClassName("kiosk-viewer-bar");
        add(bar, thanked, new Html(page.bodyHtml()));
    }

    private Button backButton() {
        Button back = new Button(getTranslation("search.viewer.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        back.addClassName("kiosk-viewer-back");
        return back;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("search.title") : title;
    }
}
