package uk.safekiosk.kiosk.roster;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safekiosk.kiosk.config.KioskProperties;

/** Schools, classes, pupils and staff: the roster every other feature asks. */
@Service
public class RosterService {

    private final MemberRepository members;
    private final SchoolClassRepository classes;
    private final SchoolRepository schools;
    private final KioskProperties properties;
    private final Clock clock;

    RosterService(MemberRepository members, SchoolClassRepository classes, SchoolRepository schools,
                  KioskProperties properties, Clock clock) {
        this.members = members;
        this.classes = classes;
        this.schools = schools;
        this.properties = properties;
        this.clock = clock;
    }

    /** The school's name as it should greet people (one school per installation). */
    @Transactional(readOnly = true)
    public String schoolName() {
        return schools.findAll().stream().findFirst().map(School::getName).orElse("");
    }

    @Transactional(readOnly = true)
    public Optional<ClassInfo> findClass(long classId) {
        return classes.findById(classId).map(ClassInfo::of);
    }

    @Transactional(readOnly = true)
    public Optional<Person> findById(long id) {
        return members.findById(id).map(Person::of);
    }

    @Transactional(readOnly = true)
    public Optional<Person> findByUsername(String username) {
        return members.findByUsername(username).map(Person::of);
    }

    @Transactional(readOnly = true)
    public Optional<Person> findByEmail(String email) {
        return members.findByEmailIgnoreCase(email).map(Person::of);
    }

    @Transactional(readOnly = true)
    public Optional<LoginRecord> loginRecord(String username) {
        return members.findByUsername(username)
                .map(m -> new LoginRecord(m.getUsername(), m.getPasswordHash(), m.getRole(), m.getLockedUntil()));
    }

    /** A teacher sees their own class; the DSL and the administrator see every class. */
    @Transactional(readOnly = true)
    public List<ClassInfo> classesVisibleTo(Person staff) {
        return switch (staff.role()) {
            case PUPIL -> List.of();
            case TEACHER -> staff.classId() == null ? List.of()
                    : classes.findById(staff.classId()).map(ClassInfo::of).stream().toList();
            case DSL, ADMIN -> classes.findAllByOrderByName().stream().map(ClassInfo::of).toList();
        };
    }

    /** Whether this member of staff may change this class's settings and its pupils (never a pupil). */
    @Transactional(readOnly = true)
    public boolean mayManageClass(Person staff, long classId) {
        return classesVisibleTo(staff).stream().anyMatch(c -> c.id() == classId);
    }

    @Transactional(readOnly = true)
    public List<Person> pupilsOf(long classId) {
        return members.findBySchoolClassIdAndRoleOrderByDisplayName(classId, Role.PUPIL).stream()
                .map(Person::of).toList();
    }

    @Transactional(readOnly = true)
    public List<Person> teachersOf(long classId) {
        return members.findBySchoolClassIdAndRoleOrderByDisplayName(classId, Role.TEACHER).stream()
                .map(Person::of).toList();
    }

    @Transactional(readOnly = true)
    public List<Person> everyone() {
        return members.findAll().stream().map(Person::of).toList();
    }

    /** Counts a failed log-on; enough in a row lock the account for a short while. */
    @Transactional
    public void recordFailedLogin(String username) {
        members.findByUsername(username).ifPresent(m -> m.recordFailedLogin(
                properties.login().maxFailures(),
                clock.instant().plus(Duration.ofMinutes(properties.login().lockMinutes()))));
    }

    /** Replaces a member's password with an already hashed one; the plain password never reaches the roster. */
    @Transactional
    public void replacePasswordHash(String username, String newHash) {
        members.findByUsername(username).orElseThrow(() -> new IllegalArgumentException("No such member"))
                .changePasswordHash(newHash);
    }

    @Transactional
    public void recordSuccessfulLogin(String username) {
        members.findByUsername(username).ifPresent(Member::recordSuccessfulLogin);
    }
}
