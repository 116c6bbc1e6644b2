package uk.safekiosk.kiosk.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.gateway.MailGateway;
import uk.safekiosk.gateway.roster.MailToken;
import uk.safekiosk.kiosk.mail.InProcessGateway;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.support.KioskViewTest;

/**
 * The gateway, not the kiosk's screens, is the authority on a class's email switch and on a paused pupil: over real
 * SMTP (Jakarta Mail on loopback), with the pupil's own password as an outside mail client would, or with a kiosk
 * mail token, the pupil is refused at MAIL FROM with plain words.
 */
class GatewayEmailSwitchTest extends KioskViewTest {

    private static final String REFUSAL = "Email is switched off for you just now. Ask your teacher.";

    @Autowired
    InProcessGateway inProcess;
    @Autowired
    ClassControls classes;
    @Autowired
    PupilControls pupils;
    @Autowired
    RosterService roster;
    @Autowired
    Clock clock;

    private MailGateway gateway;
    private DemoMail demo;

    @BeforeEach
    void connect() {
        gateway = inProcess.gateway();
        demo = new DemoMail(gateway);
    }

    @Test
    void aPupilOfASwitchedOffClassIsRefusedWhateverClientTheyUse() throws Exception {
        Person teacher = roster.findByUsername("elm.teacher").orElseThrow();
        classes.setEmail(teacher, teacher.classId(), false);
        try {
            assertThatThrownBy(() -> demo.send("elm.gus", DemoMail.unique("Hi"), "hello Hana", "elm.hana"))
                    .isInstanceOf(MessagingException.class)
                    .hasStackTraceContaining("550")
                    .hasStackTraceContaining(REFUSAL);
            MailToken kioskToken = gateway.mailTokens().issue(DemoMail.address("elm.gus"));
            try {
                assertThatThrownBy(() -> sendWithToken(kioskToken, "elm.hana"))
                        .isInstanceOf(MessagingException.class)
                        .hasStackTraceContaining(REFUSAL);
            } finally {
                gateway.mailTokens().revoke(kioskToken);
            }

            String fromTeacher = DemoMail.unique("Reading");
            demo.send("elm.teacher", fromTeacher, "Bring your book tomorrow", "elm.gus");
            await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("elm.gus").stream()
                    .anyMatch(m -> fromTeacher.equals(m.subject())));
            demo.send("oak.ava", DemoMail.unique("Oak"), "Oak Class still sends", "oak.ben");
        } finally {
            classes.setEmail(teacher, teacher.classId(), true);
        }

        String again = DemoMail.unique("Again");
        demo.send("elm.gus", again, "email is back on", "elm.hana");
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("elm.hana").stream()
                .anyMatch(m -> again.equals(m.subject())));
    }

    @Test
    void aPausedPupilCannotSendFromAnOutsideMailClient() {
        Person teacher = roster.findByUsername("elm.teacher").orElseThrow();
        pupils.pause(teacher, "elm.jay", clock.instant().plus(Duration.ofMinutes(20)));
        try {
            assertThatThrownBy(() -> demo.send("elm.jay", DemoMail.unique("Hi"), "hello", "elm.ivy"))
                    .isInstanceOf(MessagingException.class)
                    .hasStackTraceContaining(REFUSAL);
        } finally {
            pupils.lift(teacher, "elm.jay");
        }
    }

    private void sendWithToken(MailToken token, String toUser) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(gateway.smtpPort()));
        props.put("mail.smtp.auth", "true");
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(token.address()));
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(DemoMail.address(toUser)));
        message.setSubject(DemoMail.unique("Token"));
        message.setText("from the kiosk's own mail session");
        Transport.send(message, token.address(), token.secret());
    }
}
