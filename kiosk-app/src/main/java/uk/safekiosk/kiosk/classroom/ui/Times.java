package uk.safekiosk.kiosk.classroom.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times on staff screens, in the school's time zone: "14:00" today, "Tue 3 Dec 14:00" on another day. */
final class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    private Times() {
    }

    static String time(Instant at, Clock clock) {
        return TIME.format(at.atZone(clock.getZone()));
    }

    static String moment(Instant at, Clock clock) {
        ZonedDateTime when = at.atZone(clock.getZone());
        return when.toLocalDate().equals(LocalDate.now(clock)) ? TIME.format(when) : DAY_AND_TIME.format(when);
    }

    static String dayAndTime(Instant at, Clock clock) {
        return DAY_AND_TIME.format(at.atZone(clock.getZone()));
    }
}
