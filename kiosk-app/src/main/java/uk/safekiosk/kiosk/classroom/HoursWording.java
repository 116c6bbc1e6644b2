package uk.safekiosk.kiosk.classroom;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.i18n.Words;

/**
 * Days and times in words, for the log-on page (in the school's language) and the audit (in English): "Monday to
 * Friday", "14:00", "Tuesday at 09:00".
 */
@Component
class HoursWording {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** A run of at least this many days reads better as "Monday to Friday". */
    private static final int RUN = 3;

    private final Words words;

    HoursWording(Words words) {
        this.words = words;
    }

    String time(LocalTime time) {
        return TIME.format(time);
    }

    String day(DayOfWeek day, Locale locale) {
        return words.getTranslation("hours.day." + day.name(), locale);
    }

    String days(Set<DayOfWeek> days, Locale locale) {
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        boolean run = sorted.size() >= RUN
                && sorted.getLast().getValue() - sorted.getFirst().getValue() == sorted.size() - 1;
        if (run) {
            return words.getTranslation("hours.days.range", locale, day(sorted.getFirst(), locale),
                    day(sorted.getLast(), locale));
        }
        return sorted.stream().map(day -> day(day, locale)).collect(Collectors.joining(", "));
    }

    /** "14:00" today, "Tuesday 14:00" within the week, else with the date. */
    String moment(Instant at, Instant now, ZoneId zone, Locale locale) {
        ZonedDateTime when = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        if (when.toLocalDate().equals(today)) {
            return time(when.toLocalTime());
        }
        String day = when.toLocalDate().isBefore(today.plusDays(7)) ? day(when.getDayOfWeek(), locale)
                : day(when.getDayOfWeek(), locale) + " " + DateTimeFormatter.ISO_LOCAL_DATE.format(when);
        return words.getTranslation("hours.day-at", locale, day, time(when.toLocalTime()));
    }
}
