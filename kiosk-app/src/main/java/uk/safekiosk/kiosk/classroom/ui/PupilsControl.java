package uk.safekiosk.kiosk.classroom.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import uk.safekiosk.kiosk.classroom.PupilControls;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.teacher.ClassControl;

/** The class's pupils: who agreed to the rules today, pause until a time, a new password, each one's timeline. */
@org.springframework.stereotype.Component
class PupilsControl implements ClassControl {

    private final PupilControls pupils;
    private final Clock clock;

    PupilsControl(PupilControls pupils, Clock clock) {
        this.pupils = pupils;
        this.clock = clock;
    }

    /** Last in the card: the switches come first. */
    @Override
    public int order() {
        return 90;
    }

    @Override
    public Component create(Person staff, ClassInfo schoolClass) {
        return new PupilList(staff, schoolClass, pupils, clock);
    }
}
