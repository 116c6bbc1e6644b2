package uk.safekiosk.kiosk.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.search.SearchSwitches;
import uk.safekiosk.kiosk.support.KioskViewTest;

/** Search switches itself off at the end of the school day; the clock is moved by handing the job a later time. */
class SearchAutoOffTest extends KioskViewTest {

    @Autowired
    SearchAutoOff autoOff;
    @Autowired
    SearchSwitches switches;
    @Autowired
    SchoolHoursService hours;
    @Autowired
    AuditLog audit;
    @Autowired
    RosterService roster;
    @Autowired
    Clock clock;

    @Test
    void aSwitchTurnedOnTodayStaysOnUntilItsDayEndsThenTurnsOffAsTheKiosk() {
        Person teacher = roster.findByUsername("oak.teacher").orElseThrow();
        long oak = teacher.classId();
        Instant before = clock.instant();
        try {
            switches.set(oak, true, teacher);
            Instant switchedOn = switches.switchedOn().get(oak);
            Instant ends = new SchoolDay(hours.schoolDayEnds(), clock.getZone()).searchEndsFor(switchedOn);

            assertThat(autoOff.switchOffAfterSchool(ends.minusSeconds(1))).doesNotContain(oak);
            assertThat(switches.isOn(oak)).isTrue();

            assertThat(autoOff.switchOffAfterSchool(ends)).contains(oak);
            assertThat(switches.isOn(oak)).isFalse();
            assertThat(audit.between(before, clock.instant().plusSeconds(1))).anySatisfy(entry -> {
                assertThat(entry.actor()).isEqualTo(AuditLog.SYSTEM);
                assertThat(entry.action()).isEqualTo(AuditAction.SEARCH_SWITCHED);
                assertThat(entry.classId()).isEqualTo(oak);
                assertThat(entry.detail()).isEqualTo("Switched off");
            });
            assertThat(autoOff.switchOffAfterSchool(ends.plus(Duration.ofDays(1)))).as("already off")
                    .doesNotContain(oak);
        } finally {
            switches.set(oak, true, null);
        }
    }

    @Test
    void aSwitchLeftOnFromAnEarlierDayIsTurnedOffAtTheFirstCheck() {
        Person teacher = roster.findByUsername("oak.teacher").orElseThrow();
        long oak = teacher.classId();
        try {
            switches.set(oak, true, teacher);

            assertThat(autoOff.switchOffAfterSchool(clock.instant().plus(Duration.ofDays(2)))).contains(oak);
            assertThat(switches.isOn(oak)).isFalse();
        } finally {
            switches.set(oak, true, null);
        }
    }

    @Test
    void theSchoolDayEndsWhenSchoolHoursEndOnceTheyAreOn() {
        Person dsl = roster.findByUsername("dsl").orElseThrow();
        SchoolHours was = hours.current();
        assertThat(hours.schoolDayEnds()).as("kiosk.school-day-ends").isEqualTo(LocalTime.of(15, 30));
        try {
            hours.change(dsl, new SchoolHours(true, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(8, 0), LocalTime.of(16, 45)));

            assertThat(hours.schoolDayEnds()).isEqualTo(LocalTime.of(16, 45));
        } finally {
            hours.change(dsl, was);
        }
    }
}
