package uk.safekiosk.kiosk.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.Role;

class StaffAlertsTest {

    private static final Person OAK_TEACHER = new Person(1, "oak.teacher", "Mrs O", "o@x", Role.TEACHER, 10L, "Oak");
    private static final Person ELM_TEACHER = new Person(2, "elm.teacher", "Mr E", "e@x", Role.TEACHER, 20L, "Elm");
    private static final Person DSL = new Person(3, "dsl", "Ms S", "d@x", Role.DSL, null, null);
    private static final Person PUPIL = new Person(4, "oak.ava", "Ava S.", "a@x", Role.PUPIL, 10L, "Oak");

    private final StaffAlerts alerts = new StaffAlerts();

    @Test
    void teacherHearsOnlyTheirOwnClassAndTheDslHearsEverything() {
        List<StaffAlert> oak = new ArrayList<>();
        List<StaffAlert> elm = new ArrayList<>();
        List<StaffAlert> dsl = new ArrayList<>();
        alerts.subscribe(OAK_TEACHER, oak::add);
        alerts.subscribe(ELM_TEACHER, elm::add);
        alerts.subscribe(DSL, dsl::add);

        StaffAlert oakWhistle = alert(10L);
        alerts.publish(oakWhistle);

        assertThat(oak).containsExactly(oakWhistle);
        assertThat(elm).isEmpty();
        assertThat(dsl).containsExactly(oakWhistle);
    }

    @Test
    void aClosedScreenHearsNothingMore() {
        List<StaffAlert> oak = new ArrayList<>();
        Runnable close = alerts.subscribe(OAK_TEACHER, oak::add);

        close.run();
        alerts.publish(alert(10L));

        assertThat(oak).isEmpty();
    }

    @Test
    void oneFailingScreenDoesNotStopTheOthers() {
        List<StaffAlert> dsl = new ArrayList<>();
        alerts.subscribe(OAK_TEACHER, a -> {
            throw new IllegalStateException("browser gone");
        });
        alerts.subscribe(DSL, dsl::add);

        alerts.publish(alert(10L));

        assertThat(dsl).hasSize(1);
    }

    @Test
    void pupilsCannotSubscribe() {
        assertThatThrownBy(() -> alerts.subscribe(PUPIL, a -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static StaffAlert alert(Long classId) {
        return new StaffAlert(AlertKind.WHISTLE, classId, Instant.parse("2026-11-23T10:00:00Z"), "Ben T.",
                "unkind", "case-1");
    }
}
