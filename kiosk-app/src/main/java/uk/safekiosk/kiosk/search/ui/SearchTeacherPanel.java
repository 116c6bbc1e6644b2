package uk.safekiosk.kiosk.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safekiosk.kiosk.alerts.AlertKind;
import uk.safekiosk.kiosk.alerts.StaffAlert;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.search.ScreenedQuery;
import uk.safekiosk.kiosk.search.SearchService;
import uk.safekiosk.kiosk.search.SearchSwitches;
import uk.safekiosk.kiosk.teacher.TeacherPanel;

/**
 * Safe search on the teacher home: a "Search" switch for each class this member of staff sees, worrying searches and
 * reported pages as they happen (pushed to the open page), and the latest searches of their classes.
 */
@org.springframework.stereotype.Component
class SearchTeacherPanel implements TeacherPanel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int LOG_ROWS = 30;

    private final SearchSwitches switches;
    private final SearchService search;
    private final StaffAlerts alerts;
    private final RosterService roster;
    private final Clock clock;

    SearchTeacherPanel(SearchSwitches switches, SearchService search, StaffAlerts alerts, RosterService roster,
                       Clock clock) {
        this.switches = switches;
        this.search = search;
        this.alerts = alerts;
        this.roster = roster;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(Person staff) {
        // A Details (opened) rather than a heading of its own: the page's H2s are its classes.
        Div panel = new Div();
        Details details = new Details(panel.getTranslation("search.panel.heading"), panel);
        details.setOpened(true);
        details.addClassName("kiosk-search-panel");
        for (ClassInfo schoolClass : roster.classesVisibleTo(staff)) {
            Checkbox toggle = new Checkbox(panel.getTranslation("search.panel.switch"),
                    switches.isOn(schoolClass.id()));
            toggle.setHelperText(panel.getTranslation("search.panel.switch.help"));
            toggle.getElement().setAttribute("data-class", schoolClass.name());
            toggle.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    switches.set(schoolClass.id(), change.getValue(), staff);
                }
            });
            Div row = new Div(new H3(schoolClass.name()), toggle);
            row.addClassName("kiosk-search-switch");
            panel.add(row);
        }

        UnorderedList live = new UnorderedList();
        live.addClassName("kiosk-search-alerts");
        Paragraph nothing = new Paragraph(panel.getTranslation("search.panel.live.none"));
        // The log opens on request, so the page shows names only where the teacher asks for them.
        UnorderedList log = new UnorderedList();
        log.addClassName("kiosk-search-log");
        Details recent = new Details(panel.getTranslation("search.panel.log.heading"), log);
        recent.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                showLog(log, staff, panel);
            }
        });
        panel.add(new H3(panel.getTranslation("search.panel.live.heading")), nothing, live, recent);

        alerts.whileAttached(details, staff, Set.of(AlertKind.WORRYING_SEARCH, AlertKind.PAGE_REPORT), alert -> {
            nothing.setVisible(false);
            live.addComponentAsFirst(alertItem(alert));
            if (recent.isOpened()) {
                showLog(log, staff, panel);
            }
        });
        return details;
    }

    private ListItem alertItem(StaffAlert alert) {
        Span time = new Span(TIME.format(alert.at().atZone(clock.getZone())) + " ");
        Span who = new Span(alert.pupilName() + ": ");
        return new ListItem(time, who, new Span(alert.summary()));
    }

    /** The latest searches, newest first: time, pupil, what they searched for, what happened and why. */
    private void showLog(UnorderedList log, Person staff, Div panel) {
        log.removeAll();
        for (ScreenedQuery q : search.recentSearches(staff, LOG_ROWS)) {
            String reasons = q.reasons().isEmpty() ? ""
                    : q.reasons().stream().map(Enum::name).collect(Collectors.joining(", ", "(", ")"));
            ListItem item = new ListItem(panel.getTranslation("search.panel.log.line",
                    TIME.format(q.at().atZone(clock.getZone())), q.pupilName(), q.query(),
                    panel.getTranslation("search.verdict." + q.verdict().name()), reasons));
            item.addClassName("kiosk-search-" + q.verdict().name().toLowerCase(Locale.ROOT));
            log.add(item);
        }
    }
}
