package uk.safekiosk.kiosk.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.rules.Agreement;
import uk.safekiosk.kiosk.rules.RulesService;

/**
 * What a teacher does for one pupil: see who agreed to the rules today, pause them until a time (a sanction), give
 * them a new typed password. Every method checks that {@code staff} looks after the pupil's class
 * ({@link AccessDeniedException} otherwise), and every change is audited.
 */
@Service
public class PupilControls {

    private final RosterService roster;
    private final RulesService rules;
    private final PupilPauses pauses;
    private final EasyPasswords passwords;
    private final PasswordEncoder encoder;
    private final StaffGuard guard;
    private final AuditLog audit;
    private final HoursWording wording;
    private final Words words;
    private final Clock clock;

    PupilControls(RosterService roster, RulesService rules, PupilPauses pauses, EasyPasswords passwords,
                  PasswordEncoder encoder, StaffGuard guard, AuditLog audit, HoursWording wording, Words words,
                  Clock clock) {
        this.roster = roster;
        this.rules = rules;
        this.pauses = pauses;
        this.passwords = passwords;
        this.encoder = encoder;
        this.guard = guard;
        this.audit = audit;
        this.wording = wording;
        this.words = words;
        this.clock = clock;
    }

    /** The class's pupils by name, each with their agreement today and any pause. */
    public List<PupilStatus> pupilsOf(Person staff, long classId) {
        guard.requireClass(staff, classId);
        List<Person> pupils = roster.pupilsOf(classId);
        Map<Long, Instant> agreed = new HashMap<>();
        rules.agreementsToday(pupils.stream().map(Person::id).toList())
                .forEach(a -> agreed.put(a.memberId(), a.agreedAt()));
        Instant now = clock.instant();
        return pupils.stream().map(p -> new PupilStatus(p, Optional.ofNullable(agreed.get(p.id())),
                pauses.pausedUntil(p.id(), now))).toList();
    }

    public PupilStatus status(Person staff, String username) {
        Person pupil = guard.requirePupil(staff, username);
        Instant now = clock.instant();
        return new PupilStatus(pupil,
                rules.agreementsToday(List.of(pupil.id())).stream().map(Agreement::agreedAt).reduce((a, b) -> b),
                pauses.pausedUntil(pupil.id(), now));
    }

    /**
     * No log-on until {@code until}; a session already open ends within seconds.
     *
     * @throws IllegalArgumentException when {@code until} is not in the future
     */
    public PupilStatus pause(Person staff, String username, Instant until) {
        Person pupil = guard.requirePupil(staff, username);
        Instant now = clock.instant();
        if (!until.isAfter(now)) {
            throw new IllegalArgumentException("A pause must end in the future");
        }
        pauses.pause(pupil.id(), until, staff.username());
        audit.record(staff.username(), AuditAction.PUPIL_PAUSED, pupil.username(), pupil.classId(),
                words.getTranslation("audit.detail.paused", Words.ENGLISH,
                        wording.moment(until, now, clock.getZone(), Words.ENGLISH)));
        return status(staff, username);
    }

    /** Ends a pause now. */
    public PupilStatus lift(Person staff, String username) {
        Person pupil = guard.requirePupil(staff, username);
        pauses.lift(pupil.id(), staff.username());
        audit.record(staff.username(), AuditAction.PUPIL_UNPAUSED, pupil.username(), pupil.classId(), "");
        return status(staff, username);
    }

    /**
     * A new easy typed password for the teacher to read out; only its hash is kept, the old one stops working, and a
     * lock from wrong tries is lifted.
     */
    public String newPassword(Person staff, String username) {
        Person pupil = guard.requirePupil(staff, username);
        String password = passwords.next();
        roster.replacePasswordHash(pupil.username(), encoder.encode(password));
        audit.record(staff.username(), AuditAction.PASSWORD_RESET, pupil.username(), pupil.classId(),
                words.getTranslation("audit.detail.password-reset", Words.ENGLISH));
        return password;
    }
}
