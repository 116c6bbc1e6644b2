package uk.safekiosk.kiosk.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import uk.safekiosk.kiosk.incident.IncidentFilter;
import uk.safekiosk.kiosk.incident.IncidentText;
import uk.safekiosk.kiosk.incident.IncidentView;
import uk.safekiosk.kiosk.incident.Incidents;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.security.CurrentUser;

/**
 * The incident log on paper: a plain table of what the log's filter shows, every step written out, and a "Print"
 * button. The kiosk's header and menus stay off the printout (see console.css).
 */
@Route("teacher/incidents/print")
@RolesAllowed({"TEACHER", "DSL", "ADMIN"})
public class IncidentPrintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String FROM = "from";
    private static final String TO = "to";
    private static final String CLASS = "class";
    private static final String PUPIL = "pupil";

    private final CurrentUser currentUser;
    private final Incidents incidents;
    private final IncidentText text;
    private final RosterService roster;
    private final Clock clock;

    public IncidentPrintView(CurrentUser currentUser, Incidents incidents, IncidentText text, RosterService roster,
                             Clock clock) {
        this.currentUser = currentUser;
        this.incidents = incidents;
        this.text = text;
        this.roster = roster;
        this.clock = clock;
        addClassName("kiosk-incident-print");
    }

    /** Where the printable view of {@code filter} is. */
    static String address(IncidentFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(FROM, filter.from().toString());
        parameters.put(TO, filter.to().toString());
        if (filter.classId() != null) {
            parameters.put(CLASS, filter.classId().toString());
        }
        if (filter.pupilUsername() != null) {
            parameters.put(PUPIL, filter.pupilUsername());
        }
        return "teacher/incidents/print?" + QueryParameters.simple(parameters).getQueryString();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Person me = currentUser.require();
        Optional<IncidentFilter> filter = filter(event.getLocation().getQueryParameters());
        List<IncidentView> found;
        try {
            found = filter.map(f -> incidents.search(me, f)).orElseThrow(() -> new AccessDeniedException("No filter"));
        } catch (AccessDeniedException | IllegalArgumentException notTheirs) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        IncidentFilter f = filter.get();
        Button printButton = new Button(getTranslation("incident.print.button"),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        printButton.addClassName("kiosk-no-print");
        add(new H1(getTranslation("incident.print.title", text.day(f.from()), text.day(f.to()))));
        if (f.classId() != null) {
            add(new Paragraph(getTranslation("incident.print.filter.class",
                    roster.findClass(f.classId()).map(ClassInfo::name).orElse(""))));
        }
        if (f.pupilUsername() != null) {
            add(new Paragraph(getTranslation("incident.print.filter.pupil",
                    roster.findByUsername(f.pupilUsername()).map(Person::displayName).orElse(""))));
        }
        add(new Paragraph(getTranslation("incident.print.made", me.displayName(), text.when(clock.instant()))),
                printButton);
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("incident.none")));
        } else {
            add(table(found));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incident.title");
    }

    private Div table(List<IncidentView> found) {
        Element table = new Element("table");
        Element head = new Element("tr");
        for (String key : List.of("number", "date", "time", "pupil", "class", "category", "details", "actions",
                "status", "outcome")) {
            head.appendChild(new Element("th").setText(getTranslation("incident.csv." + key)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (IncidentView i : found) {
            Element row = new Element("tr");
            Element steps = new Element("ol");
            i.steps().forEach(step -> steps.appendChild(new Element("li").setText(text.step(step))));
            row.appendChild(cell(String.valueOf(i.id())), cell(text.date(i.openedAt())),
                    cell(text.time(i.openedAt())), cell(withLinked(i)), cell(i.className()),
                    cell(text.kind(i.kind()) + (i.reasons().isBlank() ? "" : " (" + i.reasons() + ")")),
                    cell(i.summary()), new Element("td").appendChild(steps), cell(text.status(i)),
                    cell(i.outcome()));
            body.appendChild(row);
        }
        table.appendChild(body);
        Div wrapper = new Div();
        wrapper.addClassName("kiosk-print-table");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private String withLinked(IncidentView i) {
        return i.linkedNames().isBlank() ? i.pupilName()
                : getTranslation("incident.print.with", i.pupilName(), i.linkedNames());
    }

    private static Element cell(String value) {
        return new Element("td").setText(value);
    }

    private static Optional<IncidentFilter> filter(QueryParameters query) {
        try {
            LocalDate from = query.getSingleParameter(FROM).map(LocalDate::parse).orElse(null);
            LocalDate to = query.getSingleParameter(TO).map(LocalDate::parse).orElse(null);
            if (from == null || to == null) {
                return Optional.empty();
            }
            Long classId = query.getSingleParameter(CLASS).map(Long::valueOf).orElse(null);
            return Optional.of(new IncidentFilter(from, to, classId,
                    query.getSingleParameter(PUPIL).orElse(null)));
        } catch (DateTimeParseException | IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
