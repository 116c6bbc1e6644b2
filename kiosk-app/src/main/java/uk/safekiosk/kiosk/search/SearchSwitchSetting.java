package uk.safekiosk.kiosk.search;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A class's "Search" switch, as the teacher last set it. */
@Entity
@Table(name = "search_switch")
class SearchSwitchSetting {

    @Id
    private Long classId;

    private boolean enabled;
    private Instant changedAt;
    private Long changedBy;

    protected SearchSwitchSetting() {
    }

    SearchSwitchSetting(Long classId, boolean enabled, Instant changedAt, Long changedBy) {
        this.classId = classId;
        this.enabled = enabled;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    void set(boolean on, Instant at, Long by) {
        this.enabled = on;
        this.changedAt = at;
        this.changedBy = by;
    }

    Long classId() {
        return classId;
    }

    Instant changedAt() {
        return changedAt;
    }

    boolean isEnabled() {
        return enabled;
    }
}
