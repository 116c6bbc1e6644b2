package uk.safekiosk.kiosk.whistle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safekiosk.kiosk.alerts.AlertKind;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.whistle.WhistleCaseView;
import uk.safekiosk.kiosk.whistle.WhistleGroup;
import uk.safekiosk.kiosk.whistle.WhistleService;

/**
 * Whistle reports for one member of staff, newest first. It listens to staff alerts while it is on screen and updates
 * itself (pushed to the browser) the moment a pupil blows the whistle. A burst from one pupil is shown as one group;
 * "Open" goes to the case (the message, the conversation around it, and what to do).
 *
 * <p>Updates touch only what changed (a new row, a new count, a status), so a long list costs a teacher's browser no
 * more than a short one when a new report arrives.
 */
class WhistleReports extends Section {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK);

    private final WhistleService whistle;
    private final Clock clock;
    private final Person staff;
    private final Paragraph none = new Paragraph();
    private final UnorderedList groups = new UnorderedList();
    private final Map<String, GroupItem> groupsByKey = new HashMap<>();

    WhistleReports(WhistleService whistle, StaffAlerts alerts, Clock clock, Person staff) {
        this.whistle = whistle;
        this.clock = clock;
        this.staff = staff;
        addClassName("kiosk-whistle-reports");
        none.setText(getTranslation("whistle.staff.none"));
        groups.addClassName("kiosk-whistle-reports-list");
        add(new H2(getTranslation("whistle.staff.heading")), none, groups);
        refresh();
        alerts.whileAttached(this, staff, Set.of(AlertKind.WHISTLE), alert -> refresh());
    }


    private void refresh() {
        List<WhistleGroup> found = whistle.groupsFor(staff);
        none.setVisible(found.isEmpty());
        Set<String> keys = found.stream().map(WhistleGroup::key).collect(Collectors.toSet());
        groupsByKey.keySet().retainAll(keys);
        List<Component> items = found.stream().map(group -> {
            GroupItem item = groupsByKey.computeIfAbsent(group.key(), key -> new GroupItem());
            item.show(group);
            return (Component) item;
        }).toList();
        arrange(groups, items);
    }

    /** Makes {@code parent}'s children exactly {@code wanted}, moving or adding only where they differ. */
    private static void arrange(HasComponents parent, List<Component> wanted) {
        Element element = parent.getElement();
        for (int i = 0; i < wanted.size(); i++) {
            Component child = wanted.get(i);
            if (i >= element.getChildCount() || !element.getChild(i).equals(child.getElement())) {
                parent.addComponentAtIndex(i, child);
            }
        }
        while (element.getChildCount() > wanted.size()) {
            element.removeChild(element.getChildCount() - 1);
        }
    }

    private void open(long caseId) {
        getUI().ifPresent(ui -> ui.navigate(WhistleCasePage.class,
                new RouteParameters(WhistleCasePage.CASE, Long.toString(caseId))));
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

    /** One pupil's burst (or a single report): a heading when there are several, then one row per case. */
    private final class GroupItem extends ListItem {
        private final Span heading = new Span();
        private final UnorderedList rows = new UnorderedList();
        private final Map<Long, CaseRow> rowsById = new HashMap<>();

        GroupItem() {
            heading.addClassName("kiosk-whistle-burst");
            add(heading, rows);
        }

        void show(WhistleGroup group) {
            heading.setVisible(group.isBurst());
            if (group.isBurst()) {
                heading.setText(getTranslation("whistle.staff.burst", group.reporterName(), group.cases().size()));
            }
            Set<Long> ids = group.cases().stream().map(WhistleCaseView::id).collect(Collectors.toSet());
            rowsById.keySet().retainAll(ids);
            List<Component> wanted = group.cases().stream().map(c -> {
                CaseRow row = rowsById.computeIfAbsent(c.id(), id -> new CaseRow());
                row.show(c);
                return (Component) row;
            }).toList();
            arrange(rows, wanted);
        }
    }

    /** One reported message: who told, why, whose message, when, and whether staff have seen it. */
    private final class CaseRow extends ListItem {
        private final Span who = new Span();
        private final Span what = new Span();
        private final Span at = new Span();
        private final Span status = new Span();
        private WhistleCaseView shown;

        CaseRow() {
            who.addClassName("kiosk-whistle-by");
            Div row = new Div(who, what, at, status);
            row.addClassName("kiosk-whistle-case");
            add(row);
            row.add(new Button(getTranslation("whistle.staff.open"), click -> open(shown.id())));
        }

        void show(WhistleCaseView c) {
            if (c.equals(shown)) {
                return;
            }
            shown = c;
            who.setText(getTranslation("whistle.staff.by", reporters(c), reasons(c)));
            what.setText(getTranslation("whistle.staff.message", c.senderName(), c.subject()));
            at.setText(when(c.firstReportedAt()));
            status.setText(c.seen() ? getTranslation("whistle.staff.seen", c.seenBy(), when(c.seenAt()))
                    : getTranslation("whistle.staff.new"));
            status.setClassName("kiosk-whistle-case-seen", c.seen());
            status.setClassName("kiosk-whistle-case-unseen", !c.seen());
        }
    }
}
