package uk.safekiosk.kiosk.pictures;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether a class's pupils log on with pictures; a class with no row types passwords. */
@Entity
@Table(name = "picture_logon_class")
class PictureClassSetting {
    @Id
    private Long classId;

    private boolean picturesOn;
    private Instant changedAt;
    private Long changedBy;

    protected PictureClassSetting() {
    }

    PictureClassSetting(long classId, boolean picturesOn, Instant changedAt, Long changedBy) {
        this.classId = classId;
        set(picturesOn, changedAt, changedBy);
    }

    long classId() {
        return classId;
    }

    boolean picturesOn() {
        return picturesOn;
    }

    void set(boolean on, Instant at, Long by) {
        this.picturesOn = on;
        this.changedAt = at;
        this.changedBy = by;
    }
}
