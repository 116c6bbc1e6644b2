package uk.safekiosk.kiosk.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.safekiosk.kiosk.alerts.AlertKind;
import uk.safekiosk.kiosk.alerts.StaffAlert;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.Role;

/**
 * The incident log: every whistle case, held or escalated message is an incident with a status and the steps staff
 * took, who took them and when. Features open incidents and record steps as they happen; staff read, filter and
 * export the log. Escalations alert every open staff screen of the class and the DSL at once; the
 * {@link EscalationLadder} alerts again until a DSL acknowledges.
 *
 * <p>Every method that takes a member of staff checks them on the server: a teacher acts on their own class only, the
 * DSL and the administrator on every class, a pupil on nothing ({@link AccessDeniedException}). Reads of something a
 * teacher may not see come back empty, so they cannot learn it exists.
 */
@Service
public class Incidents {

    /** Steps staff take through {@link #act}; escalating and acknowledging have methods of their own. */
    private static final Set<IncidentStep> STAFF_STEPS = EnumSet.of(IncidentStep.SEEN, IncidentStep.REPLIED,
            IncidentStep.EMAIL_PAUSED, IncidentStep.EMAIL_RESUMED, IncidentStep.RELEASED, IncidentStep.RETURNED,
            IncidentStep.RESOLVED);

    private final IncidentStore store;
    private final StaffAlerts alerts;
    private final AuditLog audit;
    private final IncidentText text;
    private final Clock clock;

    Incidents(IncidentStore store, StaffAlerts alerts, AuditLog audit, IncidentText text, Clock clock) {
        this.store = store;
        this.alerts = alerts;
        this.audit = audit;
        this.text = text;
        this.clock = clock;
    }

    /**
     * Opens the incident for something a feature has just recorded, or finds the one its reference already has. The
     * feature has checked who caused it; an incident that must be escalated alerts at once.
     */
    public IncidentView open(NewIncident incident) {
        IncidentStore.Opened opened = store.open(incident);
        if (opened.created() && incident.escalated()) {
            alertEscalation(opened.incident(), opened.incident().escalation().at());
        }
        return opened.incident();
    }

    /** Another pupil reported the same thing (a message sent to several, reported by each). */
    public void reportedAgain(String reference, Person pupil, String note) {
        store.step(reference, IncidentStep.REPORTED_AGAIN, pupil.username(), pupil.displayName(), note,
                clock.instant());
    }

    /** Records a step a member of staff took; a resolving step closes the incident with {@code note} as outcome. */
    public IncidentView act(Person staff, String reference, IncidentStep step, String note) {
        requireStaff(staff);
        if (!STAFF_STEPS.contains(step)) {
            throw new IllegalArgumentException(step + " is not a step staff record this way");
        }
        IncidentView incident = requireFor(staff, reference);
        IncidentView done = store.step(reference, step, staff.username(), staff.displayName(), note,
                clock.instant()).orElseThrow();
        step.audit().ifPresent(action -> audit(staff, action, incident, note));
        return done;
    }

    /** Escalates to the DSL: every DSL screen (and the class's) is alerted now and again until a DSL acknowledges. */
    public IncidentView escalate(Person staff, String reference, String note) {
        IncidentView incident = requireFor(staff, reference);
        IncidentView escalated = store.escalate(reference, staff.username(), staff.displayName(), note,
                clock.instant()).orElseThrow();
        audit(staff, AuditAction.CASE_ESCALATED, incident, note);
        alertEscalation(escalated, escalated.escalation().at());
        return escalated;
    }

    /** A DSL says they have it: the ladder stops alerting. Only a DSL may; false if it was not waiting. */
    public boolean acknowledge(Person staff, long incidentId) {
        requireStaff(staff);
        if (staff.role() != Role.DSL) {
            throw new AccessDeniedException("Only a designated safeguarding lead acknowledges escalations");
        }
        Optional<IncidentView> done = store.acknowledge(incidentId, staff.username(), staff.displayName(),
                clock.instant());
        done.ifPresent(incident -> {
            audit(staff, AuditAction.ESCALATION_ACKNOWLEDGED, incident, "");
            // Other open screens drop it from their banner.
            alerts.publish(new StaffAlert(AlertKind.ESCALATION, incident.classId(), clock.instant(),
                    incident.pupilName(), incident.reasons(), incident.reference()));
        });
        return done.isPresent();
    }

    public Optional<IncidentView> find(Person staff, String reference) {
        requireStaff(staff);
        return store.find(reference).filter(i -> staff.isStaffFor(i.classId()));
    }

    public Optional<IncidentView> find(Person staff, long id) {
        requireStaff(staff);
        return store.find(id).filter(i -> staff.isStaffFor(i.classId()));
    }

    /** The incidents this member of staff may see that match the filter, newest first. */
    public List<IncidentView> search(Person staff, IncidentFilter filter) {
        requireStaff(staff);
        if (filter.classId() != null && !staff.isStaffFor(filter.classId())) {
            throw new AccessDeniedException("Not your class");
        }
        ZoneId zone = clock.getZone();
        Instant from = filter.from().atStartOfDay(zone).toInstant();
        Instant until = filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        return store.openedBetween(from, until).stream()
                .filter(i -> staff.isStaffFor(i.classId()))
                .filter(i -> filter.classId() == null || filter.classId().equals(i.classId()))
                .filter(i -> filter.pupilUsername() == null || i.pupils().contains(filter.pupilUsername()))
                .toList();
    }

    /** Escalations waiting for a DSL that this member of staff may see, oldest first. */
    public List<IncidentView> awaitingAcknowledgement(Person staff) {
        requireStaff(staff);
        return store.awaitingAcknowledgement().stream().filter(i -> staff.isStaffFor(i.classId())).toList();
    }

    /** The filtered log as CSV for a safeguarding system (CPOMS and the like); the export itself is audited. */
    public String exportCsv(Person staff, IncidentFilter filter) {
        List<IncidentView> found = search(staff, filter);
        audit.record(staff.username(), AuditAction.INCIDENTS_EXPORTED, null, filter.classId(),
                found.size() + " incidents, " + filter.from() + " to " + filter.to()
                        + (filter.pupilUsername() == null ? "" : ", pupil " + filter.pupilUsername()));
        return new IncidentCsv(text).write(found);
    }

    private IncidentView requireFor(Person staff, String reference) {
        requireStaff(staff);
        IncidentView incident = store.find(reference)
                .orElseThrow(() -> new IllegalArgumentException("No incident " + reference));
        if (!staff.isStaffFor(incident.classId())) {
            throw new AccessDeniedException("Not your class");
        }
        return incident;
    }

    static void requireStaff(Person person) {
        if (!person.role().isStaff()) {
            throw new AccessDeniedException("For staff only");
        }
    }

    private void audit(Person staff, AuditAction action, IncidentView incident, String note) {
        audit.record(staff.username(), action, incident.pupilUsername(), incident.classId(),
                incident.reference() + (note == null || note.isBlank() ? "" : ": " + note));
    }

    void alertEscalation(IncidentView incident, Instant at) {
        alerts.publish(new StaffAlert(AlertKind.ESCALATION, incident.classId(), at, incident.pupilName(),
                incident.reasons(), incident.reference()));
    }
}
