package uk.safekiosk.kiosk.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A pupil's email paused by staff until a time; no row means not paused. */
@Entity
@Table(name = "pupil_mail_pause")
class EmailPause {
    @Id
    private Long memberId;

    private Instant pausedUntil;
    private String pausedBy;

    protected EmailPause() {
    }

    EmailPause(Long memberId, Instant pausedUntil, String pausedBy) {
        this.memberId = memberId;
        this.pausedUntil = pausedUntil;
        this.pausedBy = pausedBy;
    }

    void extend(Instant until, String by) {
        this.pausedUntil = until;
        this.pausedBy = by;
    }

    Instant getPausedUntil() {
        return pausedUntil;
    }
}
