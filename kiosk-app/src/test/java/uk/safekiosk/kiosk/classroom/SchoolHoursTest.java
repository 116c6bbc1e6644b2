package uk.safekiosk.kiosk.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchoolHoursTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private final SchoolHours hours = new SchoolHours(true, WEEKDAYS, LocalTime.of(8, 0), LocalTime.of(17, 0));

    /** 2026-11-23 is a Monday. */
    private static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON);
    }

    @Test
    void allowsLogOnDuringSchoolHoursOnSchoolDays() {
        assertThat(hours.allows(at("2026-11-23T08:00"))).isTrue();
        assertThat(hours.allows(at("2026-11-27T16:59"))).as("Friday").isTrue();
    }

    @Test
    void refusesBeforeAfterAndAtTheWeekend() {
        assertThat(hours.allows(at("2026-11-23T07:59"))).isFalse();
        assertThat(hours.allows(at("2026-11-23T17:00"))).isFalse();
        assertThat(hours.allows(at("2026-11-28T10:00"))).as("Saturday").isFalse();
    }

    @Test
    void allowsAnyTimeWhenSwitchedOff() {
        SchoolHours off = new SchoolHours(false, WEEKDAYS, LocalTime.of(8, 0), LocalTime.of(17, 0));

        assertThat(off.allows(at("2026-11-29T03:00"))).isTrue();
    }

    @Test
    void refusesHoursThatEndBeforeTheyStartOrHaveNoDays() {
        assertThatThrownBy(() -> new SchoolHours(true, WEEKDAYS, LocalTime.of(17, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SchoolHours(true, Set.of(), LocalTime.of(8, 0), LocalTime.of(17, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
