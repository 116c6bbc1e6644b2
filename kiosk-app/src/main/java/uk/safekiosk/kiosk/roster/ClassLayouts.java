package uk.safekiosk.kiosk.roster;

import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which layout (KS1 or KS2) each class's pupils see, and who may change it. */
@Service
public class ClassLayouts {

    private final ClassLayoutRepository layouts;
    private final SchoolClassRepository classes;
    private final Clock clock;

    ClassLayouts(ClassLayoutRepository layouts, SchoolClassRepository classes, Clock clock) {
        this.layouts = layouts;
        this.classes = classes;
        this.clock = clock;
    }

    /** The class's layout: the one staff chose, else the one its year group suggests. */
    @Transactional(readOnly = true)
    public KeyStage of(long classId) {
        return layouts.findById(classId).map(ClassLayout::getKeyStage)
                .or(() -> classes.findById(classId).map(c -> KeyStage.forYearGroup(c.getYearGroup())))
                .orElse(KeyStage.KS2);
    }

    /** A pupil's layout is their class's; staff and pupils without a class see the standard (KS2) screens. */
    @Transactional(readOnly = true)
    public KeyStage of(Person person) {
        return person.isPupil() && person.classId() != null ? of(person.classId()) : KeyStage.KS2;
    }

    /** A teacher may change their own class; the DSL and the administrator any class; a pupil none. */
    public boolean mayChange(Person staff, long classId) {
        return switch (staff.role()) {
            case PUPIL -> false;
            case TEACHER -> staff.classId() != null && staff.classId() == classId;
            case DSL, ADMIN -> true;
        };
    }

    @Transactional
    public void set(Person staff, long classId, KeyStage keyStage) {
        if (!mayChange(staff, classId)) {
            throw new AccessDeniedException(staff.username() + " may not change the layout of class " + classId);
        }
        if (!classes.existsById(classId)) {
            throw new IllegalArgumentException("No class " + classId);
        }
        ClassLayout layout = layouts.findById(classId).orElseGet(() -> new ClassLayout(classId));
        layout.choose(keyStage, clock.instant(), staff.id());
        layouts.save(layout);
    }
}
