package uk.safekiosk.kiosk.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.search.SearchSwitches;

/**
 * Search switches itself off at the end of the school day ("only when there is a grown-up in the room"), recorded in
 * the audit as done by the kiosk. A switch is judged by when it was switched on, not by whether the kiosk was running
 * at the end of the day, so a restart never leaves yesterday's switch on.
 */
@Component
class SearchAutoOff {

    private static final long EVERY_MINUTE = 60_000;

    private final SearchSwitches switches;
    private final SchoolHoursService hours;
    private final ClassroomSettings settings;
    private final Clock clock;

    SearchAutoOff(SearchSwitches switches, SchoolHoursService hours, ClassroomSettings settings, Clock clock) {
        this.switches = switches;
        this.hours = hours;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = EVERY_MINUTE)
    void onSchedule() {
        if (settings.searchAutoOff()) {
            switchOffAfterSchool(clock.instant());
        }
    }

    /** Switches off every class whose switch has outlived its school day at {@code now}; returns those classes. */
    List<Long> switchOffAfterSchool(Instant now) {
        SchoolDay day = new SchoolDay(hours.schoolDayEnds(), clock.getZone());
        List<Long> ended = switches.switchedOn().entrySet().stream()
                .filter(on -> !now.isBefore(day.searchEndsFor(on.getValue())))
                .map(Map.Entry::getKey).sorted().toList();
        ended.forEach(classId -> switches.set(classId, false, null));
        return ended;
    }
}
