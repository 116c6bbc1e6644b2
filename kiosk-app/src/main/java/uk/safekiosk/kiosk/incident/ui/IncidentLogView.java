package uk.safekiosk.kiosk.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.safekiosk.kiosk.incident.IncidentFilter;
import uk.safekiosk.kiosk.incident.IncidentText;
import uk.safekiosk.kiosk.incident.IncidentView;
import uk.safekiosk.kiosk.incident.Incidents;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.teacher.StaffMenu;
import uk.safekiosk.kiosk.teacher.StaffPage;

/**
 * The incident log: every whistle case, held and escalated message of the classes this member of staff looks after,
 * newest first, filtered by class, pupil and dates; each opens to what happened and every step taken. "Export CSV"
 * downloads what the filter shows in columns for CPOMS; "Printable view" shows it on a paper-friendly page.
 */
@Route("teacher/incidents")
@RolesAllowed({"TEACHER", "DSL", "ADMIN"})
public class IncidentLogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How far back the log looks when it opens. */
    private static final int DEFAULT_DAYS = 30;

    private final CurrentUser currentUser;
    private final Incidents incidents;
    private final IncidentText text;
    private final RosterService roster;
    private final Clock clock;
    private final List<StaffPage> staffPages;
    private final Grid<IncidentView> grid = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final Anchor print = new Anchor();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<ClassInfo> schoolClass = new ComboBox<>();
    private final ComboBox<Person> pupil = new ComboBox<>();
    private Person me;
    private volatile IncidentFilter filter;

    public IncidentLogView(CurrentUser currentUser, Incidents incidents, IncidentText text, RosterService roster,
                           Clock clock, List<StaffPage> staffPages) {
        this.currentUser = currentUser;
        this.incidents = incidents;
        this.text = text;
        this.roster = roster;
        this.clock = clock;
        this.staffPages = staffPages;
        addClassName("kiosk-incident-log");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        me = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        filter = IncidentFilter.days(today.minusDays(DEFAULT_DAYS), today);
        add(new StaffMenu(staffPages), new H1(getTranslation("incident.heading")), filters(), actions(), none,
                grid());
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incident.title");
    }

    private Component filters() {
        List<ClassInfo> classes = roster.classesVisibleTo(me);
        schoolClass.setLabel(getTranslation("incident.filter.class"));
        schoolClass.setItems(classes);
        schoolClass.setItemLabelGenerator(ClassInfo::name);
        schoolClass.setClearButtonVisible(true);
        pupil.setLabel(getTranslation("incident.filter.pupil"));
        pupil.setItemLabelGenerator(Person::displayName);
        pupil.setClearButtonVisible(true);
        pupil.setItems(pupilsOf(classes));
        from.setLabel(getTranslation("incident.filter.from"));
        to.setLabel(getTranslation("incident.filter.to"));
        from.setValue(filter.from());
        to.setValue(filter.to());
        schoolClass.addValueChangeListener(change -> {
            pupil.clear();
            pupil.setItems(pupilsOf(change.getValue() == null ? classes : List.of(change.getValue())));
            show();
        });
        pupil.addValueChangeListener(change -> show());
        from.addValueChangeListener(change -> show());
        to.addValueChangeListener(change -> show());
        Div filters = new Div(schoolClass, pupil, from, to);
        filters.addClassName("kiosk-incident-filters");
        return filters;
    }

    private Component actions() {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] csv = incidents.exportCsv(me, filter).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "incidents-" + filter.from() + "-to-"
                    + filter.to() + ".csv", "text/csv;charset=UTF-8", csv.length);
        }), AttachmentType.DOWNLOAD, getTranslation("incident.export"));
        // A download, but staff (and tools) know it as the "Export CSV" button.
        export.getElement().setAttribute("role", "button");
        export.addClassName("kiosk-button-link");
        print.setText(getTranslation("incident.print"));
        print.addClassName("kiosk-button-link");
        Div actions = new Div(export, print);
        actions.addClassName("kiosk-incident-actions");
        return actions;
    }

    private Grid<IncidentView> grid() {
        grid.addColumn(i -> text.when(i.openedAt())).setHeader(getTranslation("incident.column.when"))
                .setAutoWidth(true);
        grid.addColumn(IncidentView::pupilName).setHeader(getTranslation("incident.column.pupil")).setAutoWidth(true);
        grid.addColumn(IncidentView::className).setHeader(getTranslation("incident.column.class")).setAutoWidth(true);
        grid.addColumn(i -> text.kind(i.kind())).setHeader(getTranslation("incident.column.category"))
                .setAutoWidth(true);
        grid.addColumn(IncidentView::reasons).setHeader(getTranslation("incident.column.reasons"));
        grid.addColumn(text::status).setHeader(getTranslation("incident.column.status")).setAutoWidth(true);
        grid.addComponentColumn(i -> new Anchor(i.link(), getTranslation("incident.open")))
                .setHeader(getTranslation("incident.column.open")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setAllRowsVisible(true);
        grid.addClassName("kiosk-incident-grid");
        return grid;
    }

    private Component details(IncidentView incident) {
        OrderedList steps = new OrderedList();
        incident.steps().forEach(step -> steps.add(new ListItem(text.step(step))));
        Paragraph summary = new Paragraph(incident.summary());
        summary.addClassName("kiosk-incident-summary");
        Div details = new Div(summary, steps);
        if (!incident.outcome().isBlank()) {
            details.add(new Paragraph(getTranslation("incident.details.outcome", incident.outcome(),
                    incident.resolvedAt() == null ? "" : text.when(incident.resolvedAt()))));
        }
        details.addClassName("kiosk-incident-details");
        return details;
    }

    private void show() {
        LocalDate first = from.getValue() == null ? filter.from() : from.getValue();
        LocalDate last = to.getValue() == null || to.getValue().isBefore(first) ? first : to.getValue();
        filter = IncidentFilter.days(first, last)
                .withClass(schoolClass.getValue() == null ? null : schoolClass.getValue().id())
                .withPupil(pupil.getValue() == null ? null : pupil.getValue().username());
        List<IncidentView> found = incidents.search(me, filter);
        grid.setItems(found);
        grid.setVisible(!found.isEmpty());
        none.setText(getTranslation("incident.none"));
        none.setVisible(found.isEmpty());
        print.setHref(IncidentPrintView.address(filter));
    }

    private List<Person> pupilsOf(List<ClassInfo> classes) {
        List<Person> pupils = new ArrayList<>();
        classes.forEach(c -> pupils.addAll(roster.pupilsOf(c.id())));
        return pupils;
    }
}
