package uk.safekiosk.kiosk.held;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.kiosk.alerts.AlertKind;
import uk.safekiosk.kiosk.alerts.StaffAlert;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.incident.IncidentKind;
import uk.safekiosk.kiosk.incident.IncidentStatus;
import uk.safekiosk.kiosk.incident.IncidentStep;
import uk.safekiosk.kiosk.incident.IncidentView;
import uk.safekiosk.kiosk.incident.Incidents;
import uk.safekiosk.kiosk.mail.SendOutcome;
import uk.safekiosk.kiosk.support.ConsoleViewTest;
import uk.safekiosk.kiosk.support.DemoMail;

/** Held and escalated mail below the screens: real gateway over real sockets, real database. */
class HeldMailTest extends ConsoleViewTest {

    static final String UNKIND = "you are so stupid and nobody likes you";
    static final String DISCLOSURE = "sometimes i want to hurt myself";

    @Autowired
    HeldMail held;
    @Autowired
    Incidents incidents;
    @Autowired
    StaffAlerts alerts;
    @Autowired
    AuditLog audit;

    @Test
    void aHeldMessageWaitsForItsClassTeacherAndTheDslAndIsAnIncidentWithAnAlertAtOnce() throws Exception {
        List<StaffAlert> oakHeard = new CopyOnWriteArrayList<>();
        Runnable stop = alerts.subscribe(person("oak.teacher"), oakHeard::add);
        String subject = DemoMail.unique("Lunch");

        demo.send("oak.ava", subject, UNKIND, "oak.ben");
        stop.run();

        HeldSummary summary = waiting("oak.teacher", subject).orElseThrow();
        assertThat(summary.senderName()).isEqualTo("Ava S.");
        assertThat(summary.recipientNames()).containsExactly("Ben T.");
        assertThat(summary.reasons()).contains(ReasonCode.BULLYING);
        assertThat(summary.escalated()).isFalse();
        assertThat(waiting("dsl", subject)).isPresent();
        assertThat(waiting("elm.teacher", subject)).as("another class's message").isEmpty();
        assertThat(oakHeard).anySatisfy(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.HELD_MESSAGE);
            assertThat(alert.reference()).isEqualTo(HeldMail.reference(summary.id()));
        });
        IncidentView incident = incidents.find(person("oak.teacher"), HeldMail.reference(summary.id())).orElseThrow();
        assertThat(incident.kind()).isEqualTo(IncidentKind.HELD_MESSAGE);
        assertThat(incident.pupilName()).isEqualTo("Ava S.");
        assertThat(incident.linkedNames()).isEqualTo("Ben T.");
        assertThat(incident.pupils()).containsExactlyInAnyOrder("oak.ava", "oak.ben");
        assertThat(incident.summary()).contains(subject, UNKIND);
        assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(incident.firstStep().bySystem()).isTrue();
    }

    @Test
    void openingShowsTextOnlyWithTheFindingsMarkedAndAttachmentsByNameAndTypeOnly() throws Exception {
        String subject = DemoMail.unique("Plans");
        demo.sendWithAttachment("oak.cara", subject, "Look at my plan, " + UNKIND,
                "<p>Look at my plan, " + UNKIND + "</p><span style=\"display:none\">secret words</span>",
                "plan.pdf", "application/pdf", "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII), "oak.dev");
        String id = waiting("oak.teacher", subject).orElseThrow().id();

        HeldDetail detail = held.open(person("oak.teacher"), id).orElseThrow();

        assertThat(detail.summary().reasons()).contains(ReasonCode.ATTACHMENT, ReasonCode.BULLYING);
        HeldDetail.ShownText body = detail.texts().stream().filter(t -> t.origin() == TextOrigin.BODY).findFirst()
                .orElseThrow();
        assertThat(body.text()).contains("Look at my plan");
        assertThat(body.marks()).allSatisfy(mark -> assertThat(mark.reason()).isEqualTo(ReasonCode.BULLYING));
        assertThat(body.marks()).extracting(mark -> body.text().substring(mark.start(), mark.end()))
                .contains("you are so stupid", "nobody likes you");
        assertThat(detail.texts()).anySatisfy(t -> {
            assertThat(t.origin()).isEqualTo(TextOrigin.HIDDEN);
            assertThat(t.text()).contains("secret words");
        });
        assertThat(detail.texts()).noneMatch(t -> t.text().contains("<p>") || t.text().contains("%PDF"));
        assertThat(detail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("plan.pdf");
            assertThat(a.contentType()).startsWith("application/pdf");
        });
    }

    @Test
    void releaseDeliversTheRebuiltTextAndRecordsWhoReleasedIt() throws Exception {
        String subject = DemoMail.unique("Sorry");
        demo.send("oak.ela", subject, "I did not mean it when I said " + UNKIND, "oak.dev");
        String id = waiting("oak.teacher", subject).orElseThrow().id();

        assertThat(held.release(person("oak.teacher"), id)).isTrue();

        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.dev").stream()
                .anyMatch(h -> subject.equals(h.subject())));
        DemoMail.Held arrived = demo.inbox("oak.dev").stream().filter(h -> subject.equals(h.subject()))
                .findFirst().orElseThrow();
        assertThat(arrived.text()).contains("I did not mean it");
        assertThat(gateway.gateway().heldMessages().find(id)).isEmpty();
        assertThat(held.release(person("oak.teacher"), id)).as("decided already").isFalse();
        IncidentView incident = incidents.find(person("oak.teacher"), HeldMail.reference(id)).orElseThrow();
        assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(incident.steps()).anySatisfy(step -> {
            assertThat(step.step()).isEqualTo(IncidentStep.RELEASED);
            assertThat(step.actorName()).isEqualTo("Mrs Okafor");
        });
        assertThat(audit.timeline("oak.teacher")).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.MAIL_RELEASED);
            assertThat(entry.subject()).isEqualTo("oak.ela");
        });
    }

    @Test
    void returnToSenderNeverDeliversItAndTheSenderGetsTheNote() throws Exception {
        String subject = DemoMail.unique("Joke");
        demo.send("oak.dev", subject, UNKIND, "oak.cara");
        String id = waiting("oak.teacher", subject).orElseThrow().id();

        Optional<SendOutcome> note = held.returnToSender(person("oak.teacher"), id,
                "Please come and talk to me about this message.");

        assertThat(note).containsInstanceOf(SendOutcome.Sent.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.dev").stream()
                .anyMatch(h -> h.subject().contains(subject)));
        DemoMail.Held back = demo.inbox("oak.dev").stream().filter(h -> h.subject().contains(subject)).findFirst()
                .orElseThrow();
        assertThat(back.subject()).isEqualTo("Your message was not sent: " + subject);
        assertThat(back.text()).contains("Please come and talk to me about this message.");
        assertThat(gateway.gateway().heldMessages().find(id)).isEmpty();
        assertThat(demo.inbox("oak.cara")).noneMatch(h -> subject.equals(h.subject()));
        IncidentView incident = incidents.find(person("dsl"), HeldMail.reference(id)).orElseThrow();
        assertThat(incident.outcome()).isEqualTo("Please come and talk to me about this message.");
        assertThat(incident.steps()).extracting(IncidentView.Step::step).contains(IncidentStep.RETURNED);
    }

    @Test
    void anotherClassesTeacherCanNeitherOpenNorDecide() throws Exception {
        String subject = DemoMail.unique("Nope");
        demo.send("oak.finn", subject, UNKIND, "oak.ava");
        String id = waiting("oak.teacher", subject).orElseThrow().id();

        assertThat(held.open(person("elm.teacher"), id)).isEmpty();
        assertThatThrownBy(() -> held.release(person("elm.teacher"), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> held.returnToSender(person("elm.teacher"), id, "no"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> held.escalate(person("elm.teacher"), id, "no"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(gateway.gateway().heldMessages().find(id)).as("still held").isPresent();
        assertThat(held.open(person("dsl"), id)).as("the DSL sees all").isPresent();
    }

    @Test
    void aPossibleDisclosureIsAnEscalationForTheDslAtOnceAndStaysHeld() throws Exception {
        List<StaffAlert> dslHeard = new CopyOnWriteArrayList<>();
        Runnable stop = alerts.subscribe(person("dsl"), dslHeard::add);
        String subject = DemoMail.unique("Tonight");

        demo.send("elm.hana", subject, DISCLOSURE, "elm.gus");
        stop.run();

        HeldSummary summary = waiting("elm.teacher", subject).orElseThrow();
        assertThat(summary.escalated()).isTrue();
        assertThat(summary.reasons()).contains(ReasonCode.SELFHARM);
        String reference = HeldMail.reference(summary.id());
        assertThat(dslHeard).anySatisfy(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.ESCALATION);
            assertThat(alert.reference()).isEqualTo(reference);
        });
        assertThat(incidents.awaitingAcknowledgement(person("dsl"))).anySatisfy(incident -> {
            assertThat(incident.reference()).isEqualTo(reference);
            assertThat(incident.kind()).isEqualTo(IncidentKind.ESCALATED_MESSAGE);
            assertThat(incident.escalation().alerts()).isEqualTo(1);
        });
        assertThat(incidents.awaitingAcknowledgement(person("oak.teacher")))
                .noneMatch(incident -> incident.reference().equals(reference));
        assertThat(demo.inbox("elm.gus")).noneMatch(h -> subject.equals(h.subject()));
    }

    @Test
    void escalatingAHeldMessageAlertsTheDslAndLeavesItHeld() throws Exception {
        String subject = DemoMail.unique("Again");
        demo.send("elm.ivy", subject, UNKIND, "elm.jay");
        String id = waiting("elm.teacher", subject).orElseThrow().id();

        IncidentView escalated = held.escalate(person("elm.teacher"), id, "Third time this week");

        assertThat(escalated.status()).isEqualTo(IncidentStatus.ESCALATED);
        assertThat(escalated.escalation().by()).isEqualTo("Mr Ellis");
        assertThat(escalated.steps()).anySatisfy(step -> {
            assertThat(step.step()).isEqualTo(IncidentStep.ESCALATED);
            assertThat(step.note()).isEqualTo("Third time this week");
        });
        assertThat(incidents.awaitingAcknowledgement(person("dsl"))).extracting(IncidentView::reference)
                .contains(HeldMail.reference(id));
        assertThat(held.open(person("elm.teacher"), id)).isPresent();
    }

    private Optional<HeldSummary> waiting(String staff, String subject) {
        return held.awaiting(person(staff)).stream().filter(s -> subject.equals(s.subject())).findFirst();
    }
}
