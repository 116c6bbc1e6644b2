package uk.safekiosk.kiosk.rules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WebBrowser;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Stream;
import uk.safekiosk.kiosk.rules.RuleBook;
import uk.safekiosk.kiosk.rules.RulesGate;
import uk.safekiosk.kiosk.rules.RulesService;
import uk.safekiosk.kiosk.rules.SchoolRule;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.speech.ReadAloud;

/**
 * The e-safety rules a pupil agrees to at every log-on: each with its picture and a "Read to me" button, and one that
 * reads them all. In the KS1 layout the rules are the short ones, shown as picture cards.
 */
@Route("rules")
@RolesAllowed("PUPIL")
public class RulesView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_DEVICE_LENGTH = 300;

    public RulesView(RulesService rules, RulesGate gate, CurrentUser currentUser) {
        addClassName("kiosk-rules");
        RuleBook book = gate.currentBook(getLocale());

        UnorderedList list = new UnorderedList();
        list.addClassName("kiosk-rule-list");
        book.rules().forEach(rule -> {
            Icon icon = VaadinIcon.valueOf(rule.icon()).create();
            icon.addClassName("kiosk-rule-icon");
            icon.getElement().setAttribute("aria-hidden", "true");
            Span sentence = new Span(rule.sentence());
            sentence.addClassName("kiosk-rule-text");
            list.add(new ListItem(icon, sentence, new ReadAloud(rule.sentence())));
        });
        String heading = getTranslation("rules.heading");
        String intro = getTranslation("rules.intro");
        ReadAloud readAll = ReadAloud.labelled(getTranslation("rules.read-all"), ReadAloud.sentences(
                Stream.concat(Stream.of(heading, intro), book.rules().stream().map(SchoolRule::sentence))
                        .toArray(String[]::new)));
        readAll.addClassName("kiosk-read-all");

        Button agree = new Button(getTranslation("rules.agree"), VaadinIcon.CHECK.create(), click -> {
            VaadinSession session = VaadinSession.getCurrent();
            rules.recordAgreement(currentUser.require(), book.version(), device(session.getBrowser()));
            gate.markAgreed(session, book.version());
            getUI().ifPresent(ui -> ui.navigate(""));
        });
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        agree.addClassName("kiosk-agree");

        Div actions = new Div(agree);
        actions.addClassName("kiosk-actions");
        add(new H1(heading), new Paragraph(intro), readAll, list, actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rules.heading");
    }

    private static String device(WebBrowser browser) {
        String device = browser.getAddress() + " " + browser.getBrowserApplication();
        return device.length() > MAX_DEVICE_LENGTH ? device.substring(0, MAX_DEVICE_LENGTH) : device;
    }
}
