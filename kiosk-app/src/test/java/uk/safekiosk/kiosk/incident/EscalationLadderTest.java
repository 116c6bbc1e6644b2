package uk.safekiosk.kiosk.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.safekiosk.kiosk.alerts.AlertKind;
import uk.safekiosk.kiosk.alerts.StaffAlert;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.support.ConsoleViewTest;
import uk.safekiosk.kiosk.support.DemoMail;

/**
 * The escalation ladder with the clock moved forward (kiosk.escalation-minutes is 10): an escalation nobody has
 * acknowledged alerts again each interval, until a DSL acknowledges it.
 */
class EscalationLadderTest extends ConsoleViewTest {

    @Autowired
    EscalationLadder ladder;
    @Autowired
    Incidents incidents;
    @Autowired
    StaffAlerts alerts;
    @Autowired
    AuditLog audit;

    @Test
    void anUnacknowledgedEscalationAlertsAgainEveryIntervalUntilADslAcknowledgesIt() throws Exception {
        IncidentView escalation = disclosure("oak.ela", "oak.ava");
        List<StaffAlert> dslHeard = new CopyOnWriteArrayList<>();
        List<StaffAlert> oakHeard = new CopyOnWriteArrayList<>();
        Runnable stopDsl = alerts.subscribe(person("dsl"), dslHeard::add);
        Runnable stopOak = alerts.subscribe(person("oak.teacher"), oakHeard::add);
        try {
            ladder.check();
            assertThat(alertsOf(escalation)).as("just escalated").isEqualTo(1);

            advance(Duration.ofMinutes(9));
            ladder.check();
            assertThat(alertsOf(escalation)).as("not yet ten minutes").isEqualTo(1);
            assertThat(heardAbout(dslHeard, escalation)).isZero();

            advance(Duration.ofMinutes(2));
            ladder.check();
            assertThat(alertsOf(escalation)).isEqualTo(2);
            assertThat(heardAbout(dslHeard, escalation)).isEqualTo(1);
            assertThat(heardAbout(oakHeard, escalation)).as("the class's screens too").isEqualTo(1);

            advance(Duration.ofMinutes(10));
            ladder.check();
            assertThat(alertsOf(escalation)).as("and keeps doing so").isEqualTo(3);
            assertThat(heardAbout(dslHeard, escalation)).isEqualTo(2);

            assertThat(incidents.acknowledge(person("dsl"), escalation.id())).isTrue();
            int heardBefore = heardAbout(dslHeard, escalation);
            advance(Duration.ofMinutes(11));
            ladder.check();
            assertThat(heardAbout(dslHeard, escalation)).as("no alert after the acknowledgement")
                    .isEqualTo(heardBefore);
        } finally {
            stopDsl.run();
            stopOak.run();
        }

        IncidentView acknowledged = incidents.find(person("dsl"), escalation.id()).orElseThrow();
        assertThat(acknowledged.escalation().alerts()).isEqualTo(3);
        assertThat(acknowledged.escalation().acknowledgedBy()).isEqualTo("Ms Shah");
        assertThat(acknowledged.steps()).extracting(IncidentView.Step::step)
                .containsSubsequence(IncidentStep.ESCALATED, IncidentStep.RE_ALERTED, IncidentStep.RE_ALERTED,
                        IncidentStep.ACKNOWLEDGED);
        assertThat(incidents.awaitingAcknowledgement(person("dsl"))).extracting(IncidentView::id)
                .doesNotContain(escalation.id());
        assertThat(audit.timeline("dsl")).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ESCALATION_ACKNOWLEDGED);
            assertThat(entry.subject()).isEqualTo("oak.ela");
        });
    }

    @Test
    void onlyADesignatedSafeguardingLeadAcknowledges() throws Exception {
        IncidentView escalation = disclosure("elm.ivy", "elm.hana");

        for (String notDsl : List.of("elm.teacher", "admin", "elm.ivy")) {
            assertThatThrownBy(() -> incidents.acknowledge(person(notDsl), escalation.id())).as(notDsl)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(incidents.awaitingAcknowledgement(person("elm.teacher"))).extracting(IncidentView::id)
                .contains(escalation.id());
        assertThat(incidents.acknowledge(person("dsl"), escalation.id())).isTrue();
        assertThat(incidents.acknowledge(person("dsl"), escalation.id())).as("once").isFalse();
    }

    /** A pupil writes something the gateway escalates at once. */
    private IncidentView disclosure(String from, String to) throws Exception {
        String subject = DemoMail.unique("Worry");
        demo.send(from, subject, "sometimes i want to hurt myself", to);
        Person dsl = person("dsl");
        return incidents.awaitingAcknowledgement(dsl).stream()
                .filter(i -> i.summary().contains(subject)).findFirst().orElseThrow();
    }

    private int alertsOf(IncidentView escalation) {
        return incidents.find(person("dsl"), escalation.id()).orElseThrow().escalation().alerts();
    }

    private static int heardAbout(List<StaffAlert> heard, IncidentView escalation) {
        return (int) heard.stream().filter(a -> a.kind() == AlertKind.ESCALATION
                && a.reference().equals(escalation.reference())).count();
    }
}
