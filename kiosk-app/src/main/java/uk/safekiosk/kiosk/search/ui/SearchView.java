package uk.safekiosk.kiosk.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.search.PageSanitiser;
import uk.safekiosk.kiosk.search.SearchHit;
import uk.safekiosk.kiosk.search.SearchOutcome;
import uk.safekiosk.kiosk.search.SearchResults;
import uk.safekiosk.kiosk.search.SearchService;
import uk.safekiosk.kiosk.search.SearchSwitches;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.speech.ReadAloud;

/**
 * The pupil's search: a field labelled "Search", then big result cards (each a link inside a list item) ten to a
 * page, or a friendly "let's look for something else", or a kind message to talk to a grown-up. The query is in the
 * address ({@code /search?q=volcano&page=2}), so the back button works.
 */
@Route("search")
@PermitAll
@StyleSheet("kiosk-theme/search.css")
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String QUERY = "q";
    static final String PAGE = "page";
    private static final int IDEAS = 6;
    private static final int LONGEST_QUERY = 200;

    private final CurrentUser currentUser;
    private final SearchService search;
    private final SearchSwitches switches;

    public SearchView(CurrentUser currentUser, SearchService search, SearchSwitches switches) {
        this.currentUser = currentUser;
        this.search = search;
        this.switches = switches;
        addClassName("kiosk-search");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Person me = currentUser.require();
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        String query = params.getOrDefault(QUERY, List.of("")).getFirst().strip();
        int page = params.getOrDefault(PAGE, List.of("1")).stream().findFirst().map(SearchView::pageNumber)
                .orElse(1);
        add(new H1(getTranslation("search.heading")));
        if (query.isEmpty()) {
            if (switches.maySearch(me)) {
                add(form(""));
            } else {
                showResting();
            }
            return;
        }
        switch (search.search(me, query, page)) {
            case SearchOutcome.Resting resting -> showResting();
            case SearchOutcome.Found found -> {
                add(form(query));
                showResults(found.results());
            }
            case SearchOutcome.Stopped stopped when stopped.needsAGrownUp() -> {
                add(form(""));
                showGrownUpHelp();
            }
            case SearchOutcome.Stopped stopped -> {
                add(form(""));
                showSomethingElse();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }

    private Component form(String query) {
        TextField field = new TextField(getTranslation("search.field"));
        field.setPlaceholder(getTranslation("search.field.placeholder"));
        field.setValue(query);
        field.setMaxLength(LONGEST_QUERY);
        field.setClearButtonVisible(true);
        field.addClassName("kiosk-search-field");
        Button find = new Button(getTranslation("search.button"), click -> go(field.getValue(), 1));
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        find.addClickShortcut(Key.ENTER);
        Div form = new Div(field, find);
        form.addClassName("kiosk-search-form");
        if (query.isEmpty()) {
            field.focus();
        }
        return form;
    }

    private void go(String query, int page) {
        if (query == null || query.isBlank()) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, parameters(query.strip(), page)));
    }

    static QueryParameters parameters(String query, int page) {
        return page <= 1 ? QueryParameters.of(QUERY, query)
                : QueryParameters.simple(Map.of(QUERY, query, PAGE, String.valueOf(page)));
    }

    private void showResults(SearchResults results) {
        if (results.corrected()) {
            add(new Paragraph(getTranslation("search.corrected", results.searchedFor())));
        }
        results.didYouMean().ifPresent(better -> {
            RouterLink link = new RouterLink(better, SearchView.class);
            link.setQueryParameters(parameters(better, 1));
            Paragraph offer = new Paragraph(new Span(getTranslation("search.did-you-mean") + " "), link);
            offer.addClassName("kiosk-did-you-mean");
            add(offer);
        });
        if (results.hits().isEmpty()) {
            String heading = getTranslation("search.none.heading", results.searchedFor());
            String text = getTranslation("search.none.text");
            add(new H2(heading), explained(text, heading), ideas());
            return;
        }
        add(new Paragraph(results.total() == 1 ? getTranslation("search.found.one", results.searchedFor())
                : getTranslation("search.found", results.total(), results.searchedFor())));
        UnorderedList list = new UnorderedList();
        list.addClassName("kiosk-results");
        results.hits().forEach(hit -> list.add(card(hit)));
        add(list, pager(results));
    }

    private ListItem card(SearchHit hit) {
        RouterLink link = new RouterLink(PageView.class);
        link.setQueryParameters(QueryParameters.of(PageView.ADDRESS, hit.address().toString()));
        hit.picture().ifPresent(picture -> link.add(new Image(PageSanitiser.pictureLink(picture), hit.pictureAlt())));
        Div words = new Div(new H3(hit.title()), new Paragraph(hit.snippet()));
        Span site = new Span(getTranslation("search.site", hit.siteTitle()));
        site.addClassName("kiosk-result-site");
        words.add(site);
        link.add(words);
        ListItem item = new ListItem(link);
        item.addClassName("kiosk-result");
        return item;
    }

    private Component pager(SearchResults results) {
        Div pager = new Div();
        pager.addClassName("kiosk-pager");
        if (results.hasPrevious()) {
            pager.add(pageLink("search.previous", results.query(), results.page() - 1));
        }
        pager.add(new Span(getTranslation("search.page", results.page())));
        if (results.hasNext()) {
            pager.add(pageLink("search.next", results.query(), results.page() + 1));
        }
        return pager;
    }

    private RouterLink pageLink(String key, String query, int page) {
        RouterLink link = new RouterLink(getTranslation(key), SearchView.class);
        link.setQueryParameters(parameters(query, page));
        return link;
    }

    private void showSomethingElse() {
        String heading = getTranslation("search.blocked.heading");
        Div help = new Div(new H2(heading), explained(getTranslation("search.blocked.text"), heading), ideas());
        help.addClassName("kiosk-search-help");
        add(help);
    }

    private Component ideas() {
        List<Button> buttons = new ArrayList<>();
        for (int i = 1; i <= IDEAS; i++) {
            String idea = getTranslation("search.idea." + i);
            buttons.add(new Button(idea, click -> go(idea, 1)));
        }
        Div ideas = new Div();
        ideas.addClassName("kiosk-ideas");
        buttons.forEach(ideas::add);
        return ideas;
    }

    private void showGrownUpHelp() {
        Paragraph grownUps = new Paragraph(getTranslation("search.escalated.grown-ups"));
        grownUps.addClassName("kiosk-search-grown-ups");
        String heading = getTranslation("search.escalated.heading");
        Div help = new Div(new H2(heading), explained(getTranslation("search.escalated.text"), heading), grownUps);
        help.addClassName("kiosk-search-help");
        help.getElement().setAttribute("role", "status");
        add(help);
    }

    /** Shown instead of the search while the class's switch is off (also used by the page viewer). */
    private void showResting() {
        String heading = getTranslation("search.resting.heading");
        add(new H2(heading), explained(getTranslation("search.resting.text"), heading),
                new Button(getTranslation("search.home"), click -> getUI().ifPresent(ui -> ui.navigate(""))));
    }

    /** An explanation for the child and "Read to me", which reads the heading above it too. */
    private static Component explained(String text, String heading) {
        Div explained = new Div(new Paragraph(text), new ReadAloud(ReadAloud.sentences(heading, text)));
        explained.addClassName("kiosk-explained");
        return explained;
    }

    private static int pageNumber(String text) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(text), 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
