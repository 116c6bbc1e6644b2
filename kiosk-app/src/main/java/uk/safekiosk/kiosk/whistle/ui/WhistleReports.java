package uk.safekiosk.kiosk.whistle.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.safekiosk.kiosk.alerts.AlertKind;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.whistle.WhistleCaseView;
import uk.safekiosk.kiosk.whistle.WhistleGroup;
import uk.safekiosk.kiosk.whistle.WhistleService;

/**
 * Whistle reports for one member of staff, newest first. It listens to staff alerts while it is on screen and
 * redraws itself (pushed to the browser) the moment a pupil blows the whistle. A burst from one pupil is shown as one
 * group; opening a report shows the whole message and marks it seen.
 */
class WhistleReports extends Section {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK);

    private final WhistleService whistle;
    private final StaffAlerts alerts;
    private final Clock clock;
    private final Person staff;
    private final Div content = new Div();
    private Runnable unsubscribe;

    WhistleReports(WhistleService whistle, StaffAlerts alerts, Clock clock, Person staff) {
        this.whistle = whistle;
        this.alerts = alerts;
        this.clock = clock;
        this.staff = staff;
        addClassName("kiosk-whistle-reports");
        content.addClassName("kiosk-whistle-reports-list");
        add(new H2(getTranslation("whistle.staff.heading")), content);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = alerts.subscribe(staff, alert -> {
            if (alert.kind() == AlertKind.WHISTLE) {
                ui.access(this::refresh);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private void refresh() {
        content.removeAll();
        List<WhistleGroup> groups = whistle.groupsFor(staff);
        if (groups.isEmpty()) {
            content.add(new Paragraph(getTranslation("whistle.staff.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (WhistleGroup group : groups) {
            if (group.isBurst()) {
                Span heading = new Span(getTranslation("whistle.staff.burst", group.reporterName(),
                        group.cases().size()));
                heading.addClassName("kiosk-whistle-burst");
                UnorderedList inner = new UnorderedList();
                group.cases().forEach(c -> inner.add(new ListItem(caseRow(c))));
                list.add(new ListItem(heading, inner));
            } else {
                list.add(new ListItem(caseRow(group.cases().getFirst())));
            }
        }
        content.add(list);
    }

    private Component caseRow(WhistleCaseView c) {
        Span who = new Span(getTranslation("whistle.staff.by", reporters(c), reasons(c)));
        who.addClassName("kiosk-whistle-by");
        Span what = new Span(getTranslation("whistle.staff.message", c.senderName(), c.subject()));
        Span when = new Span(when(c.firstReportedAt()));
        Span status = new Span(c.seen() ? getTranslation("whistle.staff.seen", c.seenBy(), when(c.seenAt()))
                : getTranslation("whistle.staff.new"));
        status.addClassName(c.seen() ? "kiosk-whistle-case-seen" : "kiosk-whistle-case-unseen");
        Button open = new Button(getTranslation("whistle.staff.open"), click -> open(c.id()));
        Div row = new Div(who, what, when, status, open);
        row.addClassName("kiosk-whistle-case");
        return row;
    }

    private void open(long caseId) {
        whistle.open(staff, caseId).ifPresent(c -> {
            Dialog dialog = new Dialog();
            dialog.addClassName("kiosk-whistle-case-dialog");
            dialog.setHeaderTitle(getTranslation("whistle.staff.dialog"));
            Paragraph by = new Paragraph(getTranslation("whistle.staff.by", reporters(c), reasons(c)));
            UnorderedList times = new UnorderedList();
            c.whistles().forEach(w -> times.add(new ListItem(getTranslation("whistle.staff.whistle",
                    w.reporterName(), getTranslation(ReasonPictures.wordKey(w.reason())), when(w.reportedAt())))));
            Paragraph from = new Paragraph(getTranslation("whistle.staff.message", c.senderName(), c.subject()));
            Div text = new Div();
            text.setText(c.messageText());
            text.addClassName("kiosk-mail-body");
            dialog.add(by, times, from, text);
            dialog.getFooter().add(new Button(getTranslation("whistle.staff.close"), click -> dialog.close()));
            dialog.open();
            refresh();
        });
    }

    private static String reporters(WhistleCaseView c) {
        return String.join(", ", c.whistles().stream().map(WhistleCaseView.Whistle::reporterName).distinct().toList());
    }

    private String reasons(WhistleCaseView c) {
        return String.join(", ", c.whistles().stream().map(WhistleCaseView.Whistle::reason).distinct()
                .map(r -> getTranslation(ReasonPictures.wordKey(r))).toList());
    }

    private String when(Instant at) {
        return WHEN.format(at.atZone(clock.getZone()));
    }
}
