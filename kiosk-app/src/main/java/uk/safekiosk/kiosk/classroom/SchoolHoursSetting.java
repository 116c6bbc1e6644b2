package uk.safekiosk.kiosk.classroom;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

/** The school's log-on hours as a DSL or administrator last saved them: one row. */
@Entity
@Table(name = "school_hours")
class SchoolHoursSetting {

    static final int THE_ROW = 1;

    @Id
    private Integer id;

    private boolean enabled;
    private String days;
    private LocalTime opensAt;
    private LocalTime closesAt;
    private Instant changedAt;
    private String changedBy;

    protected SchoolHoursSetting() {
    }

    SchoolHoursSetting(SchoolHours hours, Instant at, String by) {
        this.id = THE_ROW;
        set(hours, at, by);
    }

    void set(SchoolHours hours, Instant at, String by) {
        enabled = hours.enabled();
        days = hours.days().stream().sorted(Comparator.naturalOrder()).map(DayOfWeek::name)
                .collect(Collectors.joining(","));
        opensAt = hours.from();
        closesAt = hours.to();
        changedAt = at;
        changedBy = by;
    }

    SchoolHours hours() {
        return new SchoolHours(enabled, Arrays.stream(days.split(",")).filter(d -> !d.isBlank())
                .map(DayOfWeek::valueOf).collect(Collectors.toSet()), opensAt, closesAt);
    }
}
