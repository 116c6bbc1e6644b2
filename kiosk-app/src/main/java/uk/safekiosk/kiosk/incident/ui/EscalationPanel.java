package uk.safekiosk.kiosk.incident.ui;

import com.vaadin.flow.component.Component;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.incident.IncidentText;
import uk.safekiosk.kiosk.incident.Incidents;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.teacher.TeacherPanel;

/** Puts the escalation banner above everything else on the live screen. */
@org.springframework.stereotype.Component
class EscalationPanel implements TeacherPanel {

    private final Incidents incidents;
    private final StaffAlerts alerts;
    private final IncidentText text;

    EscalationPanel(Incidents incidents, StaffAlerts alerts, IncidentText text) {
        this.incidents = incidents;
        this.alerts = alerts;
        this.text = text;
    }

    @Override
    public int order() {
        return -100;
    }

    @Override
    public Component create(Person staff) {
        return new EscalationBanner(incidents, alerts, text, staff);
    }
}
