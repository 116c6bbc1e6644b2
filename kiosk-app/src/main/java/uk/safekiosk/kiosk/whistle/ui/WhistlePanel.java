package uk.safekiosk.kiosk.whistle.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.teacher.TeacherPanel;
import uk.safekiosk.kiosk.whistle.WhistleService;

/** The live "Whistle reports" list at the top of the teacher page. */
@org.springframework.stereotype.Component
class WhistlePanel implements TeacherPanel {

    private final WhistleService whistle;
    private final StaffAlerts alerts;
    private final Clock clock;

    WhistlePanel(WhistleService whistle, StaffAlerts alerts, Clock clock) {
        this.whistle = whistle;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(Person staff) {
        return new WhistleReports(whistle, alerts, clock, staff);
    }
}
