package uk.safekiosk.kiosk.incident;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An incident as staff see it: what, about whom, where it stands, and every step taken, oldest first.
 *
 * @param escalation null when it was never escalated
 * @param outcome    the note it was resolved with, or what was decided; empty while open
 */
public record IncidentView(long id, IncidentKind kind, String reference, String link, Long classId, String className,
                           String pupilUsername, String pupilName, String linkedNames, Set<String> pupils,
                           String reasons, String summary, IncidentStatus status, Instant openedAt,
                           Escalation escalation, Instant resolvedAt, String outcome, List<Step> steps) {

    public IncidentView {
        pupils = Set.copyOf(pupils);
        steps = List.copyOf(steps);
        outcome = outcome == null ? "" : outcome;
    }

    public boolean escalated() {
        return escalation != null;
    }

    /** Escalated, and no DSL has said they have it yet: the ladder keeps alerting. */
    public boolean awaitingAcknowledgement() {
        return escalation != null && escalation.acknowledgedAt() == null;
    }

    /** Who raised it: the actor of its first step. */
    public Step firstStep() {
        return steps.getFirst();
    }

    /** The escalation to the DSL: when and by whom, how often it has alerted, and who acknowledged it. */
    public record Escalation(Instant at, String by, Instant lastAlertAt, int alerts, Instant acknowledgedAt,
                             String acknowledgedBy) {
    }

    /** One step; {@code actor} is a username or {@link uk.safekiosk.kiosk.audit.AuditLog#SYSTEM}. */
    public record Step(Instant at, IncidentStep step, String actor, String actorName, String note) {
        public boolean bySystem() {
            return uk.safekiosk.kiosk.audit.AuditLog.SYSTEM.equals(actor);
        }
    }
}
