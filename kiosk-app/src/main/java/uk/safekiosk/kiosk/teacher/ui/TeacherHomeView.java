package uk.safekiosk.kiosk.teacher.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.rules.Agreement;
import uk.safekiosk.kiosk.rules.RulesService;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.teacher.StaffMenu;
import uk.safekiosk.kiosk.teacher.StaffPage;
import uk.safekiosk.kiosk.teacher.TeacherPanel;

/** Teacher home: each class they can see, its pupils, and who agreed to the rules today. */
@Route("teacher")
@RolesAllowed({"TEACHER", "DSL", "ADMIN"})
public class TeacherHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CurrentUser currentUser;
    private final RosterService roster;
    private final RulesService rules;
    private final Clock clock;
    private final List<TeacherPanel> panels;
    private final List<StaffPage> staffPages;

    public TeacherHomeView(CurrentUser currentUser, RosterService roster, RulesService rules, Clock clock,
                           List<TeacherPanel> panels, List<StaffPage> staffPages) {
        this.currentUser = currentUser;
        this.roster = roster;
        this.rules = rules;
        this.clock = clock;
        this.staffPages = staffPages;
        this.panels = panels.stream().sorted(Comparator.comparingInt(TeacherPanel::order)).toList();
        addClassName("kiosk-teacher");
    }

    /** Rebuilt on every visit, so a teacher always sees who has agreed so far. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Person me = currentUser.require();
        // Urgent banners (negative order) come first, above the menu: nothing on the page is above them.
        panels.stream().filter(panel -> panel.order() < 0).forEach(panel -> add(panel.create(me)));
        add(new StaffMenu(staffPages), new H1(getTranslation("teacher.greeting", me.displayName())));
        panels.stream().filter(panel -> panel.order() >= 0).forEach(panel -> add(panel.create(me)));
        for (ClassInfo schoolClass : roster.classesVisibleTo(me)) {
            List<Person> pupils = roster.pupilsOf(schoolClass.id());
            Map<Long, Agreement> latestToday = new HashMap<>();
            rules.agreementsToday(pupils.stream().map(Person::id).toList())
                    .forEach(a -> latestToday.put(a.memberId(), a));
            add(new H2(getTranslation("teacher.class.heading", schoolClass.name(), schoolClass.yearGroup())),
                    classGrid(pupils, latestToday, clock.getZone()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teacher.title");
    }

    private Grid<Person> classGrid(List<Person> pupils, Map<Long, Agreement> latestToday, ZoneId zone) {
        Grid<Person> grid = new Grid<>();
        grid.addColumn(Person::displayName).setHeader(getTranslation("teacher.column.pupil"));
        grid.addColumn(Person::username).setHeader(getTranslation("teacher.column.username"));
        grid.addColumn(p -> {
            Agreement a = latestToday.get(p.id());
            return a == null ? getTranslation("teacher.rules.not-yet")
                    : getTranslation("teacher.rules.agreed-at", TIME.format(a.agreedAt().atZone(zone)));
        }).setHeader(getTranslation("teacher.column.rules-today"));
        grid.setItems(pupils);
        grid.setAllRowsVisible(true);
        grid.addClassName("kiosk-class-grid");
        return grid;
    }
}
