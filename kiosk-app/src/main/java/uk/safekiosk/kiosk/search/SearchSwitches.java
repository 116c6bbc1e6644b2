package uk.safekiosk.kiosk.search;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safekiosk.kiosk.roster.Person;

/**
 * The teacher's "Search" switch for each class. Off until a teacher switches it on ("we only search the Internet
 * when there is a grown-up in the room"); the demo school starts with Oak Class on.
 */
@Service
public class SearchSwitches {

    private final SearchSwitchRepository switches;
    private final Clock clock;

    SearchSwitches(SearchSwitchRepository switches, Clock clock) {
        this.switches = switches;
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

    @Transactional
    public void set(long classId, boolean on, Person by) {
        switches.findById(classId).ifPresentOrElse(
                setting -> setting.set(on, clock.instant(), by == null ? null : by.id()),
                () -> switches.save(new SearchSwitchSetting(classId, on, clock.instant(),
                        by == null ? null : by.id())));
    }

    /** True when no class has ever been given a setting (a fresh installation). */
    @Transactional(readOnly = true)
    boolean noneSet() {
        return switches.count() == 0;
    }
}
