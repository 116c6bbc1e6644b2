package uk.safekiosk.kiosk.pictures;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;

/**
 * Picture log-on: which classes use it, each pupil's sequence (hashed like a password) and the staff's switches and
 * resets. The log-on page may ask who is in a picture class (that is the point of the page); every staff method
 * checks who is asking: a teacher their own class, the DSL and the administrator every class, a pupil nothing.
 */
@Service
public class PictureLogOn {

    /** The pupils' log-on page, and the address it posts the tapped pictures to. */
    public static final String PAGE = "login/pictures";

    /** The staff's printable cards. */
    public static final String CARDS_PAGE = "teacher/picture-cards";

    private final PictureClassRepository classes;
    private final PictureSecretRepository secrets;
    private final RosterService roster;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    PictureLogOn(PictureClassRepository classes, PictureSecretRepository secrets, RosterService roster,
                 PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.classes = classes;
        this.secrets = secrets;
        this.roster = roster;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    // The log-on page: anyone at the computer.

    @Transactional(readOnly = true)
    public List<ClassInfo> pictureClasses() {
        return classes.findByPicturesOnTrue().stream()
                .flatMap(setting -> roster.findClass(setting.classId()).stream())
                .sorted(Comparator.comparing(ClassInfo::name))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean usesPictures(Long classId) {
        return classId != null && classes.findById(classId).map(PictureClassSetting::picturesOn).orElse(false);
    }

    /** The pupils to tap in a class that logs on with pictures; nobody for any other class. */
    @Transactional(readOnly = true)
    public List<Person> pupilsToTap(long classId) {
        return usesPictures(classId) ? roster.pupilsOf(classId) : List.of();
    }

    /** The pupil, when their class logs on with pictures. */
    @Transactional(readOnly = true)
    public Optional<Person> pupilToTap(String username) {
        return roster.findByUsername(username).filter(this::logsOnWithPictures);
    }

    private boolean logsOnWithPictures(Person person) {
        return person.isPupil() && usesPictures(person.classId());
    }

    /** Whether these are the pupil's pictures; false for anyone whose class does not log on with pictures. */
    @Transactional(readOnly = true)
    boolean matches(String username, PictureSequence tapped) {
        return pupilToTap(username)
                .flatMap(pupil -> secrets.findById(pupil.id()))
                .map(secret -> encoder.matches(tapped.text(), secret.sequenceHash()))
                .orElse(false);
    }

    // Staff.

    @Transactional(readOnly = true)
    public boolean mayManage(Person staff, long classId) {
        return current(staff)
                .filter(me -> me.role().isStaff())
                .map(me -> roster.classesVisibleTo(me).stream().anyMatch(c -> c.id() == classId))
                .orElse(false);
    }

    @Transactional
    public void switchPictures(Person staff, long classId, boolean on) {
        Person me = requireManager(staff, classId);
        Instant now = clock.instant();
        classes.findById(classId).ifPresentOrElse(setting -> setting.set(on, now, me.id()),
                () -> classes.save(new PictureClassSetting(classId, on, now, me.id())));
        audit.record(me.username(), AuditAction.PICTURE_LOGON_SWITCHED, null, classId, on ? "on" : "off");
    }

    /** The class's pupils and whether each has pictures yet. */
    @Transactional(readOnly = true)
    public List<PupilPictures> pupilsOf(Person staff, long classId) {
        requireManager(staff, classId);
        List<Person> pupils = roster.pupilsOf(classId);
        Map<Long, Instant> setAt = secrets.findByMemberIdIn(pupils.stream().map(Person::id).toList()).stream()
                .collect(Collectors.toMap(PictureSecret::memberId, PictureSecret::setAt));
        return pupils.stream()
                .map(pupil -> new PupilPictures(pupil, Optional.ofNullable(setAt.get(pupil.id()))))
                .toList();
    }

    /** A new random sequence for one pupil, returned once; the old one stops working. Audited as a reset. */
    @Transactional
    public NewPictures newPictures(Person staff, String pupilUsername) {
        Person pupil = roster.findByUsername(pupilUsername).filter(Person::isPupil)
                .orElseThrow(() -> new AccessDeniedException("Not a pupil"));
        if (pupil.classId() == null) {
            throw new AccessDeniedException("Pupil has no class");
        }
        Person me = requireManager(staff, pupil.classId());
        return issue(me, pupil, PictureSequence.random(random));
    }

    /** New sequences for every pupil in the class (a fresh set of cards). */
    @Transactional
    public List<NewPictures> newPicturesForClass(Person staff, long classId) {
        Person me = requireManager(staff, classId);
        return roster.pupilsOf(classId).stream()
                .map(pupil -> issue(me, pupil, PictureSequence.random(random)))
                .toList();
    }

    /** The demo school's fixed sequences and classes (no member of staff involved). */
    @Transactional
    void seedDemo(Map<Person, PictureSequence> sequences) {
        Instant now = clock.instant();
        sequences.keySet().stream().map(Person::classId).distinct()
                .forEach(classId -> classes.save(new PictureClassSetting(classId, true, now, null)));
        sequences.forEach((pupil, sequence) -> store(pupil, sequence, null));
    }

    /** True until any class or pupil has been given pictures (a fresh installation). */
    @Transactional(readOnly = true)
    boolean neverUsed() {
        return classes.count() == 0 && secrets.count() == 0;
    }

    private NewPictures issue(Person me, Person pupil, PictureSequence sequence) {
        store(pupil, sequence, me.id());
        // The pictures themselves never go into the audit: it says that they changed and who changed them.
        audit.record(me.username(), AuditAction.PASSWORD_RESET, pupil.username(), pupil.classId(),
                "new log-on pictures");
        return new NewPictures(pupil, sequence);
    }

    private void store(Person pupil, PictureSequence sequence, Long by) {
        String hash = encoder.encode(sequence.text());
        Instant now = clock.instant();
        secrets.findById(pupil.id()).ifPresentOrElse(secret -> secret.replace(hash, now, by),
                () -> secrets.save(new PictureSecret(pupil.id(), hash, now, by)));
    }

    /** Re-reads the asking person from the roster, so the check rests on the stored role, not on the caller. */
    private Person requireManager(Person staff, long classId) {
        if (!mayManage(staff, classId)) {
            throw new AccessDeniedException("Not allowed to manage picture log-on for class " + classId);
        }
        return current(staff).orElseThrow();
    }

    private Optional<Person> current(Person asking) {
        return asking == null ? Optional.empty() : roster.findByUsername(asking.username());
    }
}
