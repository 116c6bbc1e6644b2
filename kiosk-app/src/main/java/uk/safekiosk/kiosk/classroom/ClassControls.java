package uk.safekiosk.kiosk.classroom;

import java.time.LocalTime;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.search.SearchSwitches;

/**
 * A class's switches: Search (on when a grown-up is in the room; off again at the end of the school day) and email.
 * Every method checks that {@code staff} looks after the class ({@link AccessDeniedException} otherwise).
 */
@Service
public class ClassControls {

    private final RosterService roster;
    private final SearchSwitches search;
    private final MailService mail;
    private final SchoolHoursService hours;
    private final StaffGuard guard;
    private final AuditLog audit;
    private final Words words;

    ClassControls(RosterService roster, SearchSwitches search, MailService mail, SchoolHoursService hours,
                  StaffGuard guard, AuditLog audit, Words words) {
        this.roster = roster;
        this.search = search;
        this.mail = mail;
        this.hours = hours;
        this.guard = guard;
        this.audit = audit;
        this.words = words;
    }

    /** A teacher's own class; every class for the DSL and the administrator; none for a pupil. */
    public List<ClassInfo> classesFor(Person staff) {
        return roster.classesVisibleTo(staff);
    }

    public boolean isSearchOn(Person staff, long classId) {
        guard.requireClass(staff, classId);
        return search.isOn(classId);
    }

    public void setSearch(Person staff, long classId, boolean on) {
        guard.requireClass(staff, classId);
        search.set(classId, on, staff);
    }

    /** When every class's Search switch turns itself off, school-local time. */
    public LocalTime searchSwitchesOffAt() {
        return hours.schoolDayEnds();
    }

    public boolean isEmailOn(Person staff, long classId) {
        guard.requireClass(staff, classId);
        return mail.isClassEmailOn(classId);
    }

    public void setEmail(Person staff, long classId, boolean on) {
        guard.requireClass(staff, classId);
        mail.setClassEmail(classId, on);
        audit.record(staff.username(), AuditAction.EMAIL_SWITCHED, null, classId,
                words.getTranslation(on ? "audit.detail.switched-on" : "audit.detail.switched-off", Words.ENGLISH));
    }
}
