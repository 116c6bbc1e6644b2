package uk.safekiosk.kiosk.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;

/**
 * The teacher's "Search" switch for each class. Off until a teacher switches it on ("we only search the Internet
 * when there is a grown-up in the room"); the demo school starts with Oak Class on. Every change is audited.
 */
@Service
public class SearchSwitches {

    private final SearchSwitchRepository switches;
    private final RosterService roster;
    private final AuditLog audit;
    private final Words words;
    private final Clock clock;

    SearchSwitches(SearchSwitchRepository switches, RosterService roster, AuditLog audit, Words words, Clock clock) {
        this.switches = switches;
        this.roster = roster;
        this.audit = audit;
        this.words = words;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isOn(Long classId) {
        return classId != null && switches.findById(classId).map(SearchSwitchSetting::isEnabled).orElse(false);
    }

    /** Whether this person may search now: staff always; a pupil when their class's switch is on. */
    public boolean maySearch(Person person) {
        return !person.isPupil() || isOn(person.classId());
    }

    /**
     * Sets a class's switch. {@code by} is the member of staff switching it (they must look after the class), or null
     * when the kiosk does it by itself (the demo school's start, the end of the school day).
     *
     * @throws AccessDeniedException when {@code by} may not change this class
     */
    @Transactional
    public void set(long classId, boolean on, Person by) {
        if (by != null && !roster.mayManageClass(by, classId)) {
            throw new AccessDeniedException("Not this member's class");
        }
        switches.findById(classId).ifPresentOrElse(
                setting -> setting.set(on, clock.instant(), by == null ? null : by.id()),
                () -> switches.save(new SearchSwitchSetting(classId, on, clock.instant(),
                        by == null ? null : by.id())));
        audit.record(by == null ? AuditLog.SYSTEM : by.username(), AuditAction.SEARCH_SWITCHED, null, classId,
                words.getTranslation(on ? "audit.detail.switched-on" : "audit.detail.switched-off", Words.ENGLISH));
    }

    /** The classes whose switch is on, each with when it was switched on. */
    @Transactional(readOnly = true)
    public Map<Long, Instant> switchedOn() {
        return switches.findByEnabledTrue().stream()
                .collect(Collectors.toMap(SearchSwitchSetting::classId, SearchSwitchSetting::changedAt));
    }

    /** True when no class has ever been given a setting (a fresh installation). */
    @Transactional(readOnly = true)
    boolean noneSet() {
        return switches.count() == 0;
    }
}
