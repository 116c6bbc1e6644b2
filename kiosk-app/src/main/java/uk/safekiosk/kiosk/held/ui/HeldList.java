package uk.safekiosk.kiosk.held.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.safekiosk.kiosk.alerts.AlertKind;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.held.HeldMail;
import uk.safekiosk.kiosk.held.HeldSummary;
import uk.safekiosk.kiosk.roster.Person;

/**
 * Messages waiting for this member of staff's decision, escalated ones first, kept up to date while the page is open
 * (pushed the moment the gateway holds one). "Open" shows the message and the decisions.
 */
class HeldList extends Section {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK);
    private static final int SHOWN = 50;

    private final HeldMail held;
    private final Clock clock;
    private final Person staff;
    private final Paragraph none = new Paragraph();
    private final UnorderedList list = new UnorderedList();

    HeldList(HeldMail held, StaffAlerts alerts, Clock clock, Person staff) {
        this.held = held;
        this.clock = clock;
        this.staff = staff;
        addClassName("kiosk-held-list");
        none.setText(getTranslation("held.none"));
        list.addClassName("kiosk-held-rows");
        add(new H2(getTranslation("held.heading")), none, list);
        refresh();
        alerts.whileAttached(this, staff, Set.of(AlertKind.HELD_MESSAGE, AlertKind.ESCALATION), alert -> refresh());
    }


    private void refresh() {
        List<HeldSummary> waiting = held.awaiting(staff);
        none.setVisible(waiting.isEmpty());
        list.removeAll();
        waiting.stream().limit(SHOWN).forEach(message -> list.add(row(message)));
    }

    private ListItem row(HeldSummary message) {
        Div row = new Div();
        row.addClassName("kiosk-held-row");
        if (message.escalated()) {
            Span flag = new Span(getTranslation("held.row.escalated"));
            flag.addClassName("kiosk-held-escalated");
            row.add(flag);
        }
        row.add(new Span(getTranslation("held.row.from-to", message.senderName(),
                        String.join(", ", message.recipientNames()))),
                new Span(getTranslation("held.row.subject", message.subject())),
                new Span(String.join(", ", message.reasons().stream()
                        .map(r -> getTranslation("held.reason." + r.name())).sorted().toList())),
                new Span(WHEN.format(message.receivedAt().atZone(clock.getZone()))),
                new Button(getTranslation("held.open"), click -> getUI().ifPresent(ui -> ui.navigate(
                        HeldMessagePage.class, new RouteParameters(HeldMessagePage.ID, message.id())))));
        return new ListItem(row);
    }
}
