package uk.safekiosk.kiosk.classroom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The end of the school day in the school's time zone, and what it means for a Search switch. */
record SchoolDay(LocalTime ends, ZoneId zone) {

    /**
     * When a switch turned on at {@code switchedOn} turns itself off: the end of that school day; when it was turned
     * on after the end (an after-school club, the demo opened in the evening), midnight, so it never lasts into the
     * next school day.
     */
    Instant searchEndsFor(Instant switchedOn) {
        LocalDate day = switchedOn.atZone(zone).toLocalDate();
        ZonedDateTime end = day.atTime(ends).atZone(zone);
        return switchedOn.isBefore(end.toInstant()) ? end.toInstant() : day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
