package uk.safekiosk.kiosk.pictures;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A pupil's picture sequence, hashed like a password: the kiosk can check it but never show it again. */
@Entity
@Table(name = "picture_secret")
class PictureSecret {
    @Id
    private Long memberId;

    private String sequenceHash;
    private Instant setAt;
    private Long setBy;

    protected PictureSecret() {
    }

    PictureSecret(long memberId, String sequenceHash, Instant setAt, Long setBy) {
        this.memberId = memberId;
        replace(sequenceHash, setAt, setBy);
    }

    long memberId() {
        return memberId;
    }

    String sequenceHash() {
        return sequenceHash;
    }

    Instant setAt() {
        return setAt;
    }

    void replace(String hash, Instant at, Long by) {
        this.sequenceHash = hash;
        this.setAt = at;
        this.setBy = by;
    }
}
