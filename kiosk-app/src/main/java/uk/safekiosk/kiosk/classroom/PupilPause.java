package uk.safekiosk.kiosk.classroom;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A pupil's latest pause: no log-on, by any path, until {@code pausedUntil}. */
@Entity
@Table(name = "pupil_pause")
class PupilPause {

    @Id
    private Long memberId;

    private Instant pausedUntil;
    private Instant pausedAt;
    private String pausedBy;

    protected PupilPause() {
    }

    PupilPause(Long memberId) {
        this.memberId = memberId;
    }

    void set(Instant until, Instant at, String by) {
        this.pausedUntil = until;
        this.pausedAt = at;
        this.pausedBy = by;
    }

    Instant pausedUntil() {
        return pausedUntil;
    }

    boolean isPausedAt(Instant now) {
        return now.isBefore(pausedUntil);
    }
}
