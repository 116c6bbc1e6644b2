package uk.safekiosk.kiosk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A row of the audit; immutable so that Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;
    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String subject;
    private Long classId;

    @Column(length = 2000)
    private String detail;

    protected AuditRecord() {
    }

    AuditRecord(Instant at, String actor, AuditAction action, String subject, Long classId, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.classId = classId;
        this.detail = detail;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, at, actor, action, subject, classId, detail);
    }
}
