package uk.safekiosk.kiosk.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import uk.safekiosk.kiosk.mail.Correspondent;

/** Small pieces the mail screens share: the initial avatar, names, and "when" in words. */
final class MailParts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String DAY = "EEEE d MMMM";

    private MailParts() {
    }

    /** The first letter of a name in a circle; screen readers read the name next to it instead. */
    static Component avatar(String initial) {
        Span avatar = new Span(initial);
        avatar.addClassName("kiosk-avatar");
        avatar.getElement().setAttribute("aria-hidden", "true");
        return avatar;
    }

    static String names(List<Correspondent> people) {
        return String.join(", ", people.stream().map(Correspondent::name).toList());
    }

    /** "Today at 10:02", or "Monday 3 November at 10:02" (day and month in the screen's language). */
    static String when(Instant at, Clock clock, Locale locale, BiFunction<String, Object[], String> words) {
        ZonedDateTime local = at.atZone(clock.getZone());
        String time = TIME.format(local);
        return local.toLocalDate().equals(LocalDate.now(clock))
                ? words.apply("mail.when.today", new Object[] {time})
                : words.apply("mail.when.earlier",
                        new Object[] {DateTimeFormatter.ofPattern(DAY, locale).format(local), time});
    }
}
