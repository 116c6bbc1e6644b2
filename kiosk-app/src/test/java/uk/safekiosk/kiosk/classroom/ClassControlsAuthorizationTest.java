package uk.safekiosk.kiosk.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.search.SearchSwitches;
import uk.safekiosk.kiosk.support.KioskViewTest;

/** Every teacher service method checks on the server who is asking, whatever screen called it. */
class ClassControlsAuthorizationTest extends KioskViewTest {

    @Autowired
    ClassControls classes;
    @Autowired
    PupilControls pupils;
    @Autowired
    PupilTimelines timelines;
    @Autowired
    SchoolHoursService hours;
    @Autowired
    SearchSwitches switches;
    @Autowired
    RosterService roster;
    @Autowired
    Clock clock;

    private Person person(String username) {
        return roster.findByUsername(username).orElseThrow();
    }

    /** Everything a member of staff can do to a class or to one of its pupils ("gus" is one of Elm's). */
    private Map<String, Consumer<Person>> teacherCallsOnElm() {
        long elm = person("elm.gus").classId();
        SchoolHours someHours = new SchoolHours(false, EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0),
                LocalTime.of(15, 0));
        return Map.of(
                "isSearchOn", who -> classes.isSearchOn(who, elm),
                "setSearch", who -> classes.setSearch(who, elm, false),
                "SearchSwitches.set", who -> switches.set(elm, false, who),
                "isEmailOn", who -> classes.isEmailOn(who, elm),
                "setEmail", who -> classes.setEmail(who, elm, true),
                "pupilsOf", who -> pupils.pupilsOf(who, elm),
                "status", who -> pupils.status(who, "elm.gus"),
                "pause", who -> pupils.pause(who, "elm.gus", clock.instant().plus(Duration.ofHours(1))),
                "lift", who -> pupils.lift(who, "elm.gus"),
                "newPassword", who -> pupils.newPassword(who, "elm.gus"));
    }

    @Test
    void oaksTeacherCannotChangeOrReadElm() {
        Person oakTeacher = person("oak.teacher");

        teacherCallsOnElm().forEach((name, call) -> assertThatThrownBy(() -> call.accept(oakTeacher))
                .as(name).isInstanceOf(AccessDeniedException.class));
        assertThat(timelines.of(oakTeacher, "elm.gus")).isEmpty();
        assertThat(classes.classesFor(oakTeacher)).extracting(ClassInfo::name).containsExactly("Oak Class");
        assertThat(pupils.pupilsOf(oakTeacher, oakTeacher.classId())).hasSize(6);
    }

    @Test
    void aPupilCannotCallAnyTeacherService() {
        Person pupil = person("elm.hana");

        teacherCallsOnElm().forEach((name, call) -> assertThatThrownBy(() -> call.accept(pupil))
                .as(name).isInstanceOf(AccessDeniedException.class));
        assertThat(timelines.of(pupil, "elm.gus")).isEmpty();
        assertThat(timelines.of(pupil, "elm.hana")).as("not even their own").isEmpty();
        assertThat(classes.classesFor(pupil)).isEmpty();
        assertThat(hours.mayChange(pupil)).isFalse();
        assertThatThrownBy(() -> hours.change(pupil, hours.current())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheSafeguardingLeadAndTheAdministratorChangeSchoolHours() {
        assertThatThrownBy(() -> hours.change(person("oak.teacher"), hours.current()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(List.of("dsl", "admin")).allSatisfy(lead -> assertThat(hours.mayChange(person(lead))).isTrue());
    }

    @Test
    void theSafeguardingLeadCanSeeAndChangeEveryClass() {
        Person dsl = person("dsl");
        long elm = person("elm.gus").classId();
        boolean emailWas = classes.isEmailOn(dsl, elm);

        assertThat(classes.classesFor(dsl)).extracting(ClassInfo::name).containsExactly("Elm Class", "Oak Class");
        assertThat(pupils.pupilsOf(dsl, elm)).extracting(s -> s.pupil().username())
                .containsExactly("elm.gus", "elm.hana", "elm.ivy", "elm.jay");
        assertThat(timelines.of(dsl, "oak.ava")).isPresent();
        assertThat(timelines.of(dsl, "elm.gus")).isPresent();
        try {
            classes.setEmail(dsl, elm, !emailWas);
            assertThat(classes.isEmailOn(dsl, elm)).isEqualTo(!emailWas);
        } finally {
            classes.setEmail(dsl, elm, emailWas);
        }
    }

    @Test
    void aTimelineIsOnlyForPupilsNotStaff() {
        assertThat(timelines.of(person("dsl"), "oak.teacher")).isEmpty();
        assertThat(timelines.of(person("dsl"), "nobody.at.all")).isEmpty();
    }
}
