package uk.safekiosk.kiosk.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouterLink;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditEntry;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.mail.ui.InboxView;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.search.SearchService;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.support.PupilMailViewTest;
import uk.safekiosk.kiosk.support.PupilSession;

/** What pupils do that matters reaches the append-only audit, with who, what and when. */
class PupilActivityAuditTest extends PupilMailViewTest {

    @Autowired
    AuditLog audit;
    @Autowired
    AuthenticationProvider passwordLogOn;
    @Autowired
    AuthenticationEventPublisher authenticationEvents;
    @Autowired
    RosterService roster;
    @Autowired
    SearchService search;
    @Autowired
    Clock clock;

    private Person person(String username) {
        return roster.findByUsername(username).orElseThrow();
    }

    private List<AuditEntry> since(String username, Instant from) {
        return audit.timeline(username).stream().filter(e -> !e.at().isBefore(from)).toList();
    }

    @Test
    void aLogOnIsRecordedForThePupilAndTheirClass() {
        ProviderManager logOn = new ProviderManager(passwordLogOn);
        logOn.setAuthenticationEventPublisher(authenticationEvents);
        Person ava = person("oak.ava");
        Instant before = clock.instant();

        logOn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("oak.ava", "demo-pupil"));

        assertThat(since("oak.ava", before)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.LOGGED_ON);
            assertThat(e.actor()).isEqualTo("oak.ava");
            assertThat(e.subject()).isEqualTo("oak.ava");
            assertThat(e.classId()).isEqualTo(ava.classId());
        });
    }

    @Test
    void agreeingToTheRulesAndSearchingAreRecorded() {
        Person ela = person("oak.ela");
        Instant before = clock.instant();

        rules.recordAgreement(ela, "test-version", "test-device");
        search.search(ela, "how do volcanoes erupt", 1);
        search.search(ela, "facebook login", 1);

        List<AuditEntry> entries = since("oak.ela", before);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.RULES_AGREED);
            assertThat(e.detail()).isEqualTo("test-device");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SEARCHED);
            assertThat(e.detail()).isEqualTo("\"how do volcanoes erupt\"");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SEARCH_REFUSED);
            assertThat(e.detail()).startsWith("\"facebook login\": Stopped").contains("SOCIAL_MEDIA");
        });
    }

    @Test
    void mailSentBlockedHeldAndEscalatedIsRecordedFromTheGatewayWhateverTheClient() throws Exception {
        String sent = DemoMail.unique("Kites");
        String blocked = DemoMail.unique("Phone");
        String held = DemoMail.unique("Cross");
        String escalated = DemoMail.unique("Sad");

        demo.send("oak.dev", sent, "Shall we fly kites at playtime?", "oak.ela");
        assertThatThrownBy(() -> demo.send("oak.dev", blocked, "ring me on 07700 900123", "oak.ela"))
                .isInstanceOf(MessagingException.class);
        demo.send("oak.dev", held, "screw you", "oak.ela");
        demo.send("oak.dev", escalated, "i want to hurt myself", "oak.teacher");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<AuditEntry> dev = audit.timeline("oak.dev");
            assertThat(dev).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.MAIL_SENT);
                assertThat(e.detail()).isEqualTo("To Ela K.: \"" + sent + "\"");
            });
            assertThat(dev).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.MAIL_BLOCKED);
                assertThat(e.detail()).contains(blocked).endsWith("(PHONE)");
            });
            assertThat(dev).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.MAIL_HELD);
                assertThat(e.detail()).contains(held);
            });
            assertThat(dev).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.MAIL_ESCALATED);
                assertThat(e.detail()).contains("Mrs Okafor").contains(escalated).contains("SELFHARM");
            });
        });
    }

    @Test
    @WithUserDetails("oak.cara")
    void aWhistleIsRecordedWithTheReasonAndTheMessage() throws Exception {
        String subject = DemoMail.unique("Mean");
        demo.send("oak.ben", subject, "Look at my drawing of a cat", "oak.cara");
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.cara").stream()
                .anyMatch(m -> subject.equals(m.subject())));
        PupilSession.agreeToRules(gate, rules);

        navigate(InboxView.class);
        test(find(RouterLink.class).withCondition(l -> l.getElement().getTextRecursively().contains(subject))
                .single()).click();
        test(find(Button.class).withText("Whistle").single()).click();
        test(find(Button.class).withText("Unkind").single()).click();

        assertThat(audit.timeline("oak.cara")).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.WHISTLE_BLOWN);
            assertThat(e.actor()).isEqualTo("oak.cara");
            assertThat(e.detail()).isEqualTo("Unkind: a message from Ben T., \"" + subject + "\"");
        });
    }
}
