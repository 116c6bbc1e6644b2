package uk.safekiosk.kiosk.classroom;

import java.time.Clock;
import java.time.LocalTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.roster.Person;

/**
 * The school's pupil log-on hours (off unless configured or saved) and when the school day ends for the Search
 * switches. Only the DSL and the administrator change the hours.
 */
@Service
public class SchoolHoursService {

    private final SchoolHoursSettingRepository saved;
    private final ClassroomSettings settings;
    private final StaffGuard guard;
    private final AuditLog audit;
    private final HoursWording wording;
    private final Words words;
    private final Clock clock;

    SchoolHoursService(SchoolHoursSettingRepository saved, ClassroomSettings settings, StaffGuard guard,
                       AuditLog audit, HoursWording wording, Words words, Clock clock) {
        this.saved = saved;
        this.settings = settings;
        this.guard = guard;
        this.audit = audit;
        this.wording = wording;
        this.words = words;
        this.clock = clock;
    }

    /** As last saved on the classes page, else as configured. */
    @Transactional(readOnly = true)
    public SchoolHours current() {
        return saved.findById(SchoolHoursSetting.THE_ROW).map(SchoolHoursSetting::hours)
                .orElse(settings.schoolHours());
    }

    public boolean mayChange(Person staff) {
        return guard.leadsSchool(staff);
    }

    /** @throws org.springframework.security.access.AccessDeniedException unless the DSL or the administrator */
    @Transactional
    public void change(Person staff, SchoolHours hours) {
        guard.requireSchoolLead(staff);
        saved.findById(SchoolHoursSetting.THE_ROW).ifPresentOrElse(
                row -> row.set(hours, clock.instant(), staff.username()),
                () -> saved.save(new SchoolHoursSetting(hours, clock.instant(), staff.username())));
        audit.record(staff.username(), AuditAction.SCHOOL_HOURS_CHANGED, null, null, describe(hours));
    }

    /** When Search switches itself off: the end of school hours when they are on, else the configured time. */
    public LocalTime schoolDayEnds() {
        SchoolHours hours = current();
        return hours.enabled() ? hours.to() : settings.schoolDayEnds();
    }

    String describe(SchoolHours hours) {
        return hours.enabled()
                ? words.getTranslation("audit.detail.hours-on", Words.ENGLISH, wording.days(hours.days(), Words.ENGLISH),
                        wording.time(hours.from()), wording.time(hours.to()))
                : words.getTranslation("audit.detail.hours-off", Words.ENGLISH);
    }
}
