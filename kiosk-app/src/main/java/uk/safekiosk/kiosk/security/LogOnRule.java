package uk.safekiosk.kiosk.security;

import java.time.Instant;
import java.util.Optional;
import uk.safekiosk.kiosk.roster.Person;

/**
 * A reason a person may not log on right now (a paused pupil, outside school hours, …). Features contribute rules as
 * Spring beans; every way of logging on (password or pictures) asks them all after the secret was right, so a refusal
 * never tells a stranger anything about an account.
 */
public interface LogOnRule {

    Optional<LogOnRefusal> refuse(Person person, Instant now);
}
