package uk.safekiosk.kiosk.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.roster.SenderRule;
import uk.safekiosk.kiosk.roster.Person;

/**
 * One pupil's email paused by a teacher until a time (after an unkind message, say). While paused the pupil's Email
 * tile rests, the kiosk sends nothing for them, and the gateway refuses them at MAIL FROM whatever client they use;
 * they can still read and whistle. The pause ends by itself at its end time, or earlier when staff resume it.
 */
@Service
public class EmailPauses implements SenderRule {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final EmailPauseRepository pauses;
    private final AuditLog audit;
    private final Clock clock;

    EmailPauses(EmailPauseRepository pauses, AuditLog audit, Clock clock) {
        this.pauses = pauses;
        this.audit = audit;
        this.clock = clock;
    }

    /** Pauses (or re-pauses) the pupil's email until {@code until}, which must be in the future. */
    @Transactional
    public void pause(Person staff, Person pupil, Instant until) {
        requireStaffFor(staff, pupil);
        if (!until.isAfter(clock.instant())) {
            throw new IllegalArgumentException("A pause ends in the future");
        }
        pauses.findById(pupil.id()).ifPresentOrElse(p -> p.extend(until, staff.username()),
                () -> pauses.save(new EmailPause(pupil.id(), until, staff.username())));
        audit.record(staff.username(), AuditAction.PUPIL_EMAIL_PAUSED, pupil.username(), pupil.classId(),
                "until " + WHEN.format(until.atZone(clock.getZone())));
    }

    /** Ends a pause now; nothing happens when the pupil's email was not paused. */
    @Transactional
    public void resume(Person staff, Person pupil) {
        requireStaffFor(staff, pupil);
        if (pausedUntil(pupil).isPresent()) {
            pauses.deleteById(pupil.id());
            audit.record(staff.username(), AuditAction.PUPIL_EMAIL_RESUMED, pupil.username(), pupil.classId(), "");
        }
    }

    /** When the pupil's email pause ends, if it is paused now; for staff who look after the pupil. */
    @Transactional(readOnly = true)
    public Optional<Instant> pausedUntil(Person staff, Person pupil) {
        requireStaffFor(staff, pupil);
        return pausedUntil(pupil);
    }

    @Override
    public boolean maySend(Person sender) {
        return pausedUntil(sender).isEmpty();
    }

    Optional<Instant> pausedUntil(Person pupil) {
        Instant now = clock.instant();
        return pauses.findById(pupil.id()).map(EmailPause::getPausedUntil).filter(now::isBefore);
    }

    private static void requireStaffFor(Person staff, Person pupil) {
        if (!pupil.isPupil() || !staff.isStaffFor(pupil.classId())) {
            throw new AccessDeniedException("Only staff who look after a pupil pause their email");
        }
    }
}
