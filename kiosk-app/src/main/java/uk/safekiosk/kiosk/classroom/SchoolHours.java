package uk.safekiosk.kiosk.classroom;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When pupils may log on: on {@code days}, from {@code from} until {@code to} (school-local time). When not
 * {@code enabled}, any time. Staff may always log on.
 */
public record SchoolHours(@DefaultValue("false") boolean enabled,
                          @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> days,
                          @DefaultValue("08:00") LocalTime from,
                          @DefaultValue("17:00") LocalTime to) {

    public SchoolHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("School hours must start before they end: " + from + "-" + to);
        }
        if (enabled && days.isEmpty()) {
            throw new IllegalArgumentException("School hours need at least one day");
        }
    }

    /** Whether a pupil may log on at this school-local moment. */
    public boolean allows(ZonedDateTime at) {
        if (!enabled) {
            return true;
        }
        LocalTime time = at.toLocalTime();
        return days.contains(at.getDayOfWeek()) && !time.isBefore(from) && time.isBefore(to);
    }
}
