package uk.safekiosk.kiosk.incident;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** One incident and its escalation state; its steps are rows of their own. */
@Entity
@Table(name = "incident")
class Incident {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private IncidentKind kind;

    private String reference;
    private String link;
    private Long classId;
    private String pupilUsername;
    private String pupilName;
    private String linkedNames;
    private String reasons;

    @Column(length = 8000)
    private String summary;

    @Enumerated(EnumType.STRING)
    private IncidentStatus status;

    private Instant openedAt;
    private Instant escalatedAt;
    private String escalatedBy;
    private Instant lastAlertAt;
    private int alertCount;
    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private Instant resolvedAt;
    private String outcome;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_pupil", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "username")
    private Set<String> pupils = new HashSet<>();

    protected Incident() {
    }

    Incident(IncidentKind kind, String reference, String link, Long classId, String pupilUsername, String pupilName,
             String linkedNames, Set<String> pupils, String reasons, String summary, Instant openedAt) {
        this.kind = kind;
        this.reference = reference;
        this.link = link;
        this.classId = classId;
        this.pupilUsername = pupilUsername;
        this.pupilName = pupilName;
        this.linkedNames = linkedNames;
        this.pupils = new HashSet<>(pupils);
        this.reasons = reasons;
        this.summary = summary;
        this.openedAt = openedAt;
        this.status = IncidentStatus.OPEN;
    }

    /**
     * Escalates (again, if an earlier escalation was acknowledged); the first alert goes out now. {@code by} is a
     * name, empty when the kiosk escalated it.
     */
    void escalate(String by, Instant at) {
        escalatedAt = at;
        escalatedBy = by;
        lastAlertAt = at;
        alertCount = 1;
        acknowledgedAt = null;
        acknowledgedBy = null;
        status = IncidentStatus.ESCALATED;
    }

    void alertedAgain(Instant at) {
        lastAlertAt = at;
        alertCount++;
    }

    /** False when it was not waiting for anyone. */
    boolean acknowledge(String by, Instant at) {
        if (escalatedAt == null || acknowledgedAt != null) {
            return false;
        }
        acknowledgedAt = at;
        acknowledgedBy = by;
        return true;
    }

    void resolve(String outcome, Instant at) {
        this.status = IncidentStatus.RESOLVED;
        this.outcome = outcome;
        this.resolvedAt = at;
    }

    Long getId() {
        return id;
    }

    IncidentKind getKind() {
        return kind;
    }

    String getReference() {
        return reference;
    }

    String getLink() {
        return link;
    }

    Long getClassId() {
        return classId;
    }

    String getPupilUsername() {
        return pupilUsername;
    }

    String getPupilName() {
        return pupilName;
    }

    String getLinkedNames() {
        return linkedNames;
    }

    Set<String> getPupils() {
        return pupils;
    }

    String getReasons() {
        return reasons;
    }

    String getSummary() {
        return summary;
    }

    IncidentStatus getStatus() {
        return status;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    Instant getEscalatedAt() {
        return escalatedAt;
    }

    String getEscalatedBy() {
        return escalatedBy;
    }

    Instant getLastAlertAt() {
        return lastAlertAt;
    }

    int getAlertCount() {
        return alertCount;
    }

    Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }

    String getOutcome() {
        return outcome;
    }
}
