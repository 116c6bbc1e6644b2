package uk.safekiosk.kiosk.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One step taken about an incident; never changed once written. */
@Entity
@Immutable
@Table(name = "incident_action")
class IncidentAction {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long incidentId;
    private Instant at;

    @Enumerated(EnumType.STRING)
    private IncidentStep step;

    private String actor;
    private String actorName;
    private String note;

    protected IncidentAction() {
    }

    IncidentAction(Long incidentId, Instant at, IncidentStep step, String actor, String actorName, String note) {
        this.incidentId = incidentId;
        this.at = at;
        this.step = step;
        this.actor = actor;
        this.actorName = actorName;
        this.note = note == null ? "" : note;
    }

    Long getIncidentId() {
        return incidentId;
    }

    IncidentView.Step toStep() {
        return new IncidentView.Step(at, step, actor, actorName, note);
    }
}
