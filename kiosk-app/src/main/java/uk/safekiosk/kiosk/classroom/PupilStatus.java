package uk.safekiosk.kiosk.classroom;

import java.time.Instant;
import java.util.Optional;
import uk.safekiosk.kiosk.roster.Person;

/** A pupil as their teacher sees them on the class controls: when they agreed to the rules today, any pause. */
public record PupilStatus(Person pupil, Optional<Instant> agreedToday, Optional<Instant> pausedUntil) {
}
