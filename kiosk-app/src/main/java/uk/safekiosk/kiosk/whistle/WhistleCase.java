package uk.safekiosk.kiosk.whistle;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One reported message, kept in full for staff; every report of the same message belongs to it. */
@Entity
@Table(name = "whistle_case")
class WhistleCase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long classId;
    private String messageKey;
    private String senderAddress;
    private String senderName;
    private String subject;
    private String messageText;
    private String rawMessage;
    private Instant firstReportedAt;
    private Instant seenAt;
    private String seenBy;

    protected WhistleCase() {
    }

    WhistleCase(Long classId, ReportedMessage message, Instant firstReportedAt) {
        this.classId = classId;
        this.messageKey = message.key();
        this.senderAddress = message.senderAddress();
        this.senderName = message.senderName();
        this.subject = message.subject();
        this.messageText = message.text();
        this.rawMessage = message.raw();
        this.firstReportedAt = firstReportedAt;
    }

    Long getId() {
        return id;
    }

    Long getClassId() {
        return classId;
    }

    String getSenderAddress() {
        return senderAddress;
    }

    String getSenderName() {
        return senderName;
    }

    String getSubject() {
        return subject;
    }

    String getMessageText() {
        return messageText;
    }

    Instant getFirstReportedAt() {
        return firstReportedAt;
    }

    Instant getSeenAt() {
        return seenAt;
    }

    String getSeenBy() {
        return seenBy;
    }

    /** The first member of staff to open it; later openings change nothing. */
    boolean markSeen(String by, Instant at) {
        if (seenAt != null) {
            return false;
        }
        seenAt = at;
        seenBy = by;
        return true;
    }
}
