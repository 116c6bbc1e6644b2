package uk.safekiosk.kiosk.classroom.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import uk.safekiosk.kiosk.classroom.ClassControls;
import uk.safekiosk.kiosk.classroom.SchoolHoursService;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.teacher.ClassControl;
import uk.safekiosk.kiosk.teacher.StaffPage;
import uk.safekiosk.kiosk.teacher.StaffMenu;

/**
 * Class controls: one card per class this member of staff looks after (every class for the DSL and the
 * administrator), showing every feature's {@link ClassControl} for it; the school's hours for the DSL and the
 * administrator.
 */
@Route("teacher/classes")
@RolesAllowed({"TEACHER", "DSL", "ADMIN"})
public class ClassesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final ClassControls classes;
    private final SchoolHoursService hours;
    private final List<ClassControl> controls;
    private final List<StaffPage> staffPages;

    public ClassesView(CurrentUser currentUser, ClassControls classes, SchoolHoursService hours,
                       List<ClassControl> controls, List<StaffPage> staffPages) {
        this.currentUser = currentUser;
        this.classes = classes;
        this.hours = hours;
        this.controls = controls.stream().sorted(Comparator.comparingInt(ClassControl::order)).toList();
        this.staffPages = staffPages;
        addClassName("kiosk-classes");
    }

    /** Rebuilt on every visit, so switches and who agreed today are as they are now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Person me = currentUser.require();
        add(new StaffMenu(staffPages), new H1(getTranslation("classes.heading")),
                new Paragraph(getTranslation("classes.intro")));
        List<ClassInfo> mine = classes.classesFor(me);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("classes.none")));
        }
        for (ClassInfo schoolClass : mine) {
            Section card = new Section(new H2(getTranslation("classes.class.heading", schoolClass.name(),
                    schoolClass.yearGroup())));
            card.addClassName("kiosk-class-card");
            card.getElement().setAttribute("data-class", schoolClass.name());
            controls.forEach(control -> card.add(control.create(me, schoolClass)));
            add(card);
        }
        if (hours.mayChange(me)) {
            add(new SchoolHoursForm(me, hours));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classes.title");
    }
}
