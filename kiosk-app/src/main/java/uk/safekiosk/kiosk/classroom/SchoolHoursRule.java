package uk.safekiosk.kiosk.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.SchoolLanguage;
import uk.safekiosk.kiosk.security.LogOnRefusal;
import uk.safekiosk.kiosk.security.LogOnRule;

/** Outside school hours (when the school has set them) a pupil is told kindly when they can log on; staff any time. */
@Component
class SchoolHoursRule implements LogOnRule {

    private final SchoolHoursService hours;
    private final HoursWording wording;
    private final SchoolLanguage language;
    private final Clock clock;

    SchoolHoursRule(SchoolHoursService hours, HoursWording wording, SchoolLanguage language, Clock clock) {
        this.hours = hours;
        this.wording = wording;
        this.language = language;
        this.clock = clock;
    }

    @Override
    public Optional<LogOnRefusal> refuse(Person person, Instant now) {
        if (!person.isPupil()) {
            return Optional.empty();
        }
        SchoolHours current = hours.current();
        if (current.allows(now.atZone(clock.getZone()))) {
            return Optional.empty();
        }
        return Optional.of(LogOnRefusal.of("login.school-hours", wording.days(current.days(), language.current().locale()),
                wording.time(current.from()), wording.time(current.to())));
    }
}
