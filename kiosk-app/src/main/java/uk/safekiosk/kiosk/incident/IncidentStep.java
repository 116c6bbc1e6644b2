package uk.safekiosk.kiosk.incident;

import java.util.Optional;
import uk.safekiosk.kiosk.audit.AuditAction;

/**
 * One thing done about an incident. Steps staff take are also written to the audit (where an audit action exists for
 * them); what pupils and the kiosk itself do is audited by the features that do it.
 */
public enum IncidentStep {
    REPORTED(null, false),
    REPORTED_AGAIN(null, false),
    SEEN(AuditAction.CASE_SEEN, false),
    REPLIED(AuditAction.CASE_REPLIED, false),
    /** The mail feature audits the pause itself; here it is part of the incident's story. */
    EMAIL_PAUSED(null, false),
    EMAIL_RESUMED(null, false),
    ESCALATED(AuditAction.CASE_ESCALATED, false),
    RE_ALERTED(null, false),
    ACKNOWLEDGED(AuditAction.ESCALATION_ACKNOWLEDGED, false),
    RELEASED(AuditAction.MAIL_RELEASED, true),
    RETURNED(AuditAction.MAIL_RETURNED, true),
    RESOLVED(AuditAction.CASE_RESOLVED, true);

    private final AuditAction audit;
    private final boolean resolves;

    IncidentStep(AuditAction audit, boolean resolves) {
        this.audit = audit;
        this.resolves = resolves;
    }

    Optional<AuditAction> audit() {
        return Optional.ofNullable(audit);
    }

    /** Taking this step closes the incident. */
    boolean resolves() {
        return resolves;
    }
}
