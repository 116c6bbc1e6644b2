package uk.safekiosk.kiosk.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.SchoolLanguage;
import uk.safekiosk.kiosk.roster.SenderRule;
import uk.safekiosk.kiosk.security.LogOnRefusal;
import uk.safekiosk.kiosk.security.LogOnRule;

/**
 * Pupils paused by a teacher until a time: no log-on by any path (told kindly when they can come back), and no mail
 * sent from any mail client, until then. A pause ends by itself.
 */
@Component
class PupilPauses implements LogOnRule, SenderRule {

    private final PupilPauseRepository pauses;
    private final HoursWording wording;
    private final SchoolLanguage language;
    private final Clock clock;

    PupilPauses(PupilPauseRepository pauses, HoursWording wording, SchoolLanguage language, Clock clock) {
        this.pauses = pauses;
        this.wording = wording;
        this.language = language;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Instant> pausedUntil(long memberId, Instant now) {
        return pauses.findById(memberId).filter(p -> p.isPausedAt(now)).map(PupilPause::pausedUntil);
    }

    @Transactional
    public void pause(long memberId, Instant until, String by) {
        PupilPause pause = pauses.findById(memberId).orElseGet(() -> new PupilPause(memberId));
        pause.set(until, clock.instant(), by);
        pauses.save(pause);
    }

    /** Ends a pause now. */
    @Transactional
    public void lift(long memberId, String by) {
        pauses.findById(memberId).ifPresent(p -> p.set(clock.instant(), clock.instant(), by));
    }

    @Override
    public Optional<LogOnRefusal> refuse(Person person, Instant now) {
        if (!person.isPupil()) {
            return Optional.empty();
        }
        return pausedUntil(person.id(), now)
                .map(until -> LogOnRefusal.of("login.paused", wording.moment(until, now, clock.getZone(), language.current().locale())));
    }

    @Override
    public boolean maySend(Person sender) {
        return !sender.isPupil() || pausedUntil(sender.id(), clock.instant()).isEmpty();
    }
}
