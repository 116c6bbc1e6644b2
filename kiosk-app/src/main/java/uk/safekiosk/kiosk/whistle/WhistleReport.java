package uk.safekiosk.kiosk.whistle;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One whistle: who blew it, on which case, why and when. Never dropped, however many come. */
@Entity
@Table(name = "whistle_report")
class WhistleReport {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long caseId;
    private Long reporterId;
    private String recipientAddress;

    @Enumerated(EnumType.STRING)
    private WhistleReason reason;

    private Instant reportedAt;
    private Instant burstStartedAt;

    protected WhistleReport() {
    }

    WhistleReport(Long caseId, Long reporterId, String recipientAddress, WhistleReason reason, Instant reportedAt,
                  Instant burstStartedAt) {
        this.caseId = caseId;
        this.reporterId = reporterId;
        this.recipientAddress = recipientAddress;
        this.reason = reason;
        this.reportedAt = reportedAt;
        this.burstStartedAt = burstStartedAt;
    }

    Long getId() {
        return id;
    }

    Long getCaseId() {
        return caseId;
    }

    Long getReporterId() {
        return reporterId;
    }

    String getRecipientAddress() {
        return recipientAddress;
    }

    WhistleReason getReason() {
        return reason;
    }

    Instant getReportedAt() {
        return reportedAt;
    }

    Instant getBurstStartedAt() {
        return burstStartedAt;
    }

    boolean startsBurst() {
        return reportedAt.equals(burstStartedAt);
    }
}
