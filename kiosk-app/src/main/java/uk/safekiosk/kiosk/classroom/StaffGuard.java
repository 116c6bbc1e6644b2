package uk.safekiosk.kiosk.classroom;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.Role;
import uk.safekiosk.kiosk.roster.RosterService;

/**
 * Who may do what, checked on the server by every class control: a teacher their own class and its pupils, the DSL
 * and the administrator every class and the school's hours, a pupil nothing.
 */
@Component
class StaffGuard {

    private final RosterService roster;

    StaffGuard(RosterService roster) {
        this.roster = roster;
    }

    void requireClass(Person staff, long classId) {
        if (!roster.mayManageClass(staff, classId)) {
            throw new AccessDeniedException("Not a class this member of staff looks after");
        }
    }

    /** The pupil, when this member of staff looks after their class. */
    Optional<Person> pupil(Person staff, String username) {
        return roster.findByUsername(username)
                .filter(p -> p.isPupil() && p.classId() != null && roster.mayManageClass(staff, p.classId()));
    }

    Person requirePupil(Person staff, String username) {
        return pupil(staff, username)
                .orElseThrow(() -> new AccessDeniedException("Not a pupil this member of staff looks after"));
    }

    boolean leadsSchool(Person staff) {
        return staff.role() == Role.DSL || staff.role() == Role.ADMIN;
    }

    void requireSchoolLead(Person staff) {
        if (!leadsSchool(staff)) {
            throw new AccessDeniedException("Only the DSL or the administrator may change this");
        }
    }
}
