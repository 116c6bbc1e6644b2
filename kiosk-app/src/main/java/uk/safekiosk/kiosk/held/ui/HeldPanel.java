package uk.safekiosk.kiosk.held.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.held.HeldMail;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.teacher.TeacherPanel;

/** "Held messages" on the live screen, after the whistle reports. */
@org.springframework.stereotype.Component
class HeldPanel implements TeacherPanel {

    private final HeldMail held;
    private final StaffAlerts alerts;
    private final Clock clock;

    HeldPanel(HeldMail held, StaffAlerts alerts, Clock clock) {
        this.held = held;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Component create(Person staff) {
        return new HeldList(held, alerts, clock, staff);
    }
}
