package uk.safekiosk.kiosk.whistle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.safekiosk.kiosk.i18n.Language;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.incident.IncidentFilter;
import uk.safekiosk.kiosk.incident.IncidentKind;
import uk.safekiosk.kiosk.incident.IncidentStatus;
import uk.safekiosk.kiosk.incident.IncidentStep;
import uk.safekiosk.kiosk.incident.IncidentView;
import uk.safekiosk.kiosk.incident.Incidents;
import uk.safekiosk.kiosk.mail.Draft;
import uk.safekiosk.kiosk.mail.MailItem;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.mail.SendOutcome;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.SchoolLanguage;
import uk.safekiosk.kiosk.support.ConsoleViewTest;
import uk.safekiosk.kiosk.support.DemoMail;

/** What staff do about a whistle case, with the real gateway, mailboxes and database. */
class WhistleCaseActionsTest extends ConsoleViewTest {

    @Autowired
    WhistleService whistle;
    @Autowired
    WhistleCaseActions actions;
    @Autowired
    Incidents incidents;
    @Autowired
    MailService mail;
    @Autowired
    SchoolLanguage language;
    @Autowired
    Words words;

    @Test
    void theCaseIsAnIncidentAboutTheReporterWithTheSenderInvolved() throws Exception {
        long caseId = whistled("oak.ava", "oak.ben", "A ghost lives in the art cupboard", WhistleReason.SCARY);

        IncidentView incident = actions.incident(person("oak.teacher"), caseId);

        assertThat(incident.kind()).isEqualTo(IncidentKind.WHISTLE);
        assertThat(incident.pupilName()).isEqualTo("Ben T.");
        assertThat(incident.linkedNames()).isEqualTo("Ava S.");
        assertThat(incident.reasons()).isEqualTo("Scary");
        assertThat(incident.summary()).contains("A ghost lives in the art cupboard");
        assertThat(incident.firstStep().actorName()).as("raised by the pupil who whistled").isEqualTo("Ben T.");
        assertThat(incident.link()).isEqualTo("teacher/whistle/" + caseId);
    }

    @Test
    void theConversationIsTheOtherMessagesBetweenTheTwoPupilsAndReadingItMarksNothingRead() throws Exception {
        String earlier = DemoMail.unique("Dinosaurs");
        demo.send("oak.cara", earlier, "Shall we draw dinosaurs later?", "oak.dev");
        String reply = DemoMail.unique("Re dinosaurs");
        // Through the kiosk, which keeps a copy in Dev's Sent.
        assertThat(mail.send(person("oak.dev"), new Draft(Set.of(person("oak.cara").id()), reply, "No thanks")))
                .isInstanceOf(SendOutcome.Sent.class);
        String elsewhere = DemoMail.unique("Other");
        demo.send("oak.ela", elsewhere, "Not part of it", "oak.dev");
        awaitIn("oak.dev", earlier);
        awaitIn("oak.dev", elsewhere);
        long caseId = whistled("oak.cara", "oak.dev", "The spider is in your tray", WhistleReason.SCARY);

        List<MailItem> conversation = actions.conversation(person("oak.teacher"), caseId);

        assertThat(conversation).extracting(m -> m.summary().subject()).contains(earlier, reply)
                .doesNotContain(elsewhere);
        assertThat(conversation).filteredOn(m -> earlier.equals(m.summary().subject())).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Shall we draw dinosaurs later?"));
        assertThat(demo.inbox("oak.dev")).filteredOn(h -> earlier.equals(h.subject())).singleElement()
                .satisfies(h -> assertThat(h.seen()).as("still unread for Dev").isFalse());
    }

    @Test
    void aKindReplyReachesThePupilWhoReportedIt() throws Exception {
        long caseId = whistled("oak.finn", "oak.ela", "There is a frog in your lunchbox", WhistleReason.UNKIND);

        List<SendOutcome> sent = actions.reply(person("oak.teacher"), caseId, KindReply.NOT_IN_TROUBLE);

        assertThat(sent).singleElement().isInstanceOf(SendOutcome.Sent.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.ela").stream()
                .anyMatch(h -> "The message you told me about".equals(h.subject())
                        && h.text().contains("You are not in trouble. Thank you for telling me.")));
        assertThat(actions.incident(person("oak.teacher"), caseId).steps()).anySatisfy(step -> {
            assertThat(step.step()).isEqualTo(IncidentStep.REPLIED);
            assertThat(step.actorName()).isEqualTo("Mrs Okafor");
        });
    }

    @Test
    void inAWelshSchoolTheKindReplyIsInWelsh() throws Exception {
        long caseId = whistled("oak.dev", "oak.cara", "There is a snail on your chair", WhistleReason.UNKIND);
        Locale welsh = Language.WELSH.locale();
        try {
            language.set(person("admin"), Language.WELSH);

            assertThat(actions.reply(person("oak.teacher"), caseId, KindReply.NOT_IN_TROUBLE))
                    .singleElement().isInstanceOf(SendOutcome.Sent.class);
        } finally {
            language.set(person("admin"), Language.ENGLISH);
        }
        String subject = words.getTranslation("whistle.reply.subject", welsh);
        String text = words.getTranslation(KindReply.NOT_IN_TROUBLE.wordingKey(), welsh);
        assertThat(subject).isNotEqualTo(words.getTranslation("whistle.reply.subject", Words.ENGLISH));
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.cara").stream()
                .anyMatch(h -> subject.equals(h.subject()) && h.text().contains(text)));
    }

    @Test
    void resolvingClosesTheIncidentWithTheOutcomeAndItIsFoundByEitherPupil() throws Exception {
        long caseId = whistled("elm.gus", "elm.hana", "The dragon is coming for you", WhistleReason.UNKIND);
        Person teacher = person("elm.teacher");

        assertThatThrownBy(() -> actions.resolve(teacher, caseId, " ")).isInstanceOf(IllegalArgumentException.class);
        IncidentView resolved = actions.resolve(teacher, caseId, "Talked to Gus; he said sorry to Hana.");

        assertThat(resolved.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(resolved.outcome()).isEqualTo("Talked to Gus; he said sorry to Hana.");
        LocalDate today = LocalDate.now(clock);
        IncidentFilter todays = IncidentFilter.days(today, today);
        for (String pupil : List.of("elm.hana", "elm.gus")) {
            assertThat(incidents.search(teacher, todays.withPupil(pupil))).extracting(IncidentView::id)
                    .as(pupil).contains(resolved.id());
        }
        assertThat(incidents.search(teacher, todays.withPupil("elm.ivy"))).extracting(IncidentView::id)
                .doesNotContain(resolved.id());
        assertThat(incidents.exportCsv(teacher, todays)).contains("Talked to Gus; he said sorry to Hana.");
    }

    @Test
    void pausingTheSendersEmailStopsTheKioskAndTheGatewayUntilTheEndTime() throws Exception {
        long caseId = whistled("elm.jay", "elm.ivy", "The ghost said your name", WhistleReason.SCARY);
        Person teacher = person("elm.teacher");
        Person jay = person("elm.jay");

        actions.pauseSender(teacher, caseId, clock.instant().plus(Duration.ofMinutes(5)));

        assertThat(actions.senderPausedUntil(teacher, caseId)).isPresent();
        assertThat(mail.isEmailOn(jay)).isFalse();
        assertThat(mail.send(jay, new Draft(Set.of(person("elm.gus").id()), "Hi", "Hello")))
                .isEqualTo(new SendOutcome.NotSent(SendOutcome.Problem.EMAIL_RESTING));
        assertThatThrownBy(() -> demo.send("elm.jay", "Hi", "From my own mail program", "elm.gus"))
                .isInstanceOf(MessagingException.class)
                .hasStackTraceContaining("Email is switched off for you just now");
        assertThat(actions.incident(teacher, caseId).steps()).extracting(IncidentView.Step::step)
                .contains(IncidentStep.EMAIL_PAUSED);

        advance(Duration.ofMinutes(6));

        assertThat(mail.isEmailOn(jay)).as("the pause ended by itself").isTrue();
        demo.send("elm.jay", DemoMail.unique("Back"), "I can write again", "elm.gus");
    }

    @Test
    void resumingEndsThePauseAtOnce() throws Exception {
        long caseId = whistled("oak.ben", "oak.cara", "A bat flew into your coat", WhistleReason.UNKIND);
        Person teacher = person("oak.teacher");
        actions.pauseSender(teacher, caseId, clock.instant().plus(Duration.ofDays(7)));

        actions.resumeSender(teacher, caseId);

        assertThat(actions.senderPausedUntil(teacher, caseId)).isEmpty();
        demo.send("oak.ben", DemoMail.unique("Sorry"), "Sorry about before", "oak.cara");
    }

    @Test
    void escalatingAlertsTheDslWhoSeesItWaiting() throws Exception {
        long caseId = whistled("oak.dev", "oak.ava", "The monster under the stairs is hungry", WhistleReason.SCARY);

        IncidentView escalated = actions.escalate(person("oak.teacher"), caseId, "Ava is very upset");

        assertThat(escalated.awaitingAcknowledgement()).isTrue();
        assertThat(incidents.awaitingAcknowledgement(person("dsl"))).extracting(IncidentView::id)
                .contains(escalated.id());
    }

    @Test
    void anotherClassesTeacherCanDoNothingWithTheCase() throws Exception {
        long caseId = whistled("elm.hana", "elm.jay", "The witch took your pencil", WhistleReason.RUDE);
        Person oak = person("oak.teacher");
        Instant later = clock.instant().plus(Duration.ofHours(1));

        assertThat(whistle.find(oak, caseId)).isEmpty();
        assertThat(whistle.markSeen(oak, caseId)).isEmpty();
        for (ThrowingAction action : List.<ThrowingAction>of(
                () -> actions.incident(oak, caseId),
                () -> actions.conversation(oak, caseId),
                () -> actions.reply(oak, caseId, KindReply.THANK_YOU),
                () -> actions.resolve(oak, caseId, "done"),
                () -> actions.escalate(oak, caseId, "note"),
                () -> actions.pauseSender(oak, caseId, later),
                () -> actions.resumeSender(oak, caseId),
                () -> actions.senderPausedUntil(oak, caseId))) {
            assertThatThrownBy(action::run).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(whistle.find(person("dsl"), caseId)).as("the DSL sees all").isPresent();
        assertThat(actions.incident(person("dsl"), caseId).status()).isEqualTo(IncidentStatus.OPEN);
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws Exception;
    }

    private long whistled(String from, String to, String text, WhistleReason reason) throws Exception {
        return new CaseMaker(demo, mail, whistle, roster).whistled(from, to, text, reason);
    }

    private void awaitIn(String username, String subject) {
        new CaseMaker(demo, mail, whistle, roster).awaitIn(username, subject);
    }
}
