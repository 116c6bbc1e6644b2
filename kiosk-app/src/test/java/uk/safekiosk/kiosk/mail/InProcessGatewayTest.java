package uk.safekiosk.kiosk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.MailGateway;
import uk.safekiosk.kiosk.i18n.Language;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.roster.SchoolLanguage;
import uk.safekiosk.kiosk.support.KioskViewTest;

/** The gateway inside the kiosk, spoken to over real SMTP and IMAP sockets with the demo school's accounts. */
class InProcessGatewayTest extends KioskViewTest {

    private static final String AVA = "oak.ava@oakfield.example";
    private static final String BEN = "oak.ben@oakfield.example";
    private static final String CARA = "oak.cara@oakfield.example";
    private static final String GUS = "elm.gus@oakfield.example";

    @Autowired
    InProcessGateway inProcess;
    @Autowired
    SchoolLanguage language;
    @Autowired
    RosterService roster;
    @Autowired
    ContentSource content;
    @Autowired
    MailService mail;

    @Test
    void pupilMailToAClassmateArrivesAsOnePlainTextPart() throws Exception {
        MailGateway gateway = inProcess.gateway();
        int before = inboxCount(gateway, BEN, "demo-pupil");

        send(gateway, AVA, "demo-pupil", BEN, "Dinosaurs", "Did you see the T rex at the museum?");

        await().atMost(Duration.ofSeconds(10)).until(() -> inboxCount(gateway, BEN, "demo-pupil") == before + 1);
        try (Store store = imap(gateway, BEN, "demo-pupil")) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message last = inbox.getMessage(inbox.getMessageCount());
            assertThat(last.getContentType()).startsWith("text/plain");
            assertThat(last.getSubject()).isEqualTo("Dinosaurs");
            assertThat(last.getContent().toString()).contains("T rex");
            assertThat(((InternetAddress) last.getFrom()[0]).getPersonal()).isEqualTo("Ava S.");
        }
    }

    @Test
    void pupilCannotWriteToAnotherClass() {
        MailGateway gateway = inProcess.gateway();

        assertThatThrownBy(() -> send(gateway, AVA, "demo-pupil", GUS, "Hi", "Hello Gus"))
                .isInstanceOf(SendFailedException.class)
                .hasStackTraceContaining("550");
    }

    @Test
    void phoneNumberIsRefusedWithAKindExplanationAndNothingArrives() throws Exception {
        MailGateway gateway = inProcess.gateway();
        int before = inboxCount(gateway, CARA, "demo-pupil");

        assertThatThrownBy(() -> send(gateway, AVA, "demo-pupil", CARA, "ring me", "my number is 07700 900123"))
                .isInstanceOf(MessagingException.class)
                .hasStackTraceContaining("550")
                .hasStackTraceContaining("phone number");

        assertThat(inboxCount(gateway, CARA, "demo-pupil")).isEqualTo(before);
    }

    @Test
    void inAWelshSchoolThePupilIsToldInWelshWhateverTheClient() throws Exception {
        MailGateway gateway = inProcess.gateway();
        String welsh = content.properties("wording/gateway_cy.properties").getProperty("verdict.block.PHONE");
        try {
            language.set(roster.findByUsername("admin").orElseThrow(), Language.WELSH);

            assertThatThrownBy(() -> send(gateway, AVA, "demo-pupil", CARA, "ffonia fi", "07700 900123 yw fy rhif"))
                    .as("an SMTP reply is plain ASCII").isInstanceOf(MessagingException.class)
                    .hasStackTraceContaining("550")
                    .hasStackTraceContaining("Mae rhif ffon yn dy neges");
            Person ava = roster.findByUsername("oak.ava").orElseThrow();
            Person cara = roster.findByUsername("oak.cara").orElseThrow();
            assertThat(mail.send(ava, new Draft(Set.of(cara.id()), "ffonia fi", "07700 900123 yw fy rhif")))
                    .as("the kiosk shows every letter").isEqualTo(new SendOutcome.Refused(welsh));
            assertThat(welsh).contains("ffôn");
        } finally {
            language.set(roster.findByUsername("admin").orElseThrow(), Language.ENGLISH);
        }
        assertThatThrownBy(() -> send(gateway, AVA, "demo-pupil", CARA, "ring me", "my number is 07700 900123"))
                .as("English again").hasStackTraceContaining("phone number");
    }

    @Test
    void unkindMessageIsHeldForTheTeacherNotDelivered() throws Exception {
        MailGateway gateway = inProcess.gateway();
        int before = inboxCount(gateway, CARA, "demo-pupil");

        send(gateway, AVA, "demo-pupil", CARA, "you", "nobody likes you, you are so stupid");

        assertThat(gateway.heldMessages().list())
                .anySatisfy(held -> assertThat(held.reasons()).isNotEmpty());
        assertThat(inboxCount(gateway, CARA, "demo-pupil")).isEqualTo(before);
    }

    @Test
    void kioskMailTokenLogsOnAsThatPupilOnly() throws Exception {
        MailGateway gateway = inProcess.gateway();
        var token = gateway.mailTokens().issue(BEN);

        try (Store store = imap(gateway, BEN, token.secret())) {
            assertThat(store.isConnected()).isTrue();
        }
        assertThatThrownBy(() -> imap(gateway, AVA, token.secret()))
                .isInstanceOf(MessagingException.class);
        gateway.mailTokens().revoke(token);
        assertThatThrownBy(() -> imap(gateway, BEN, token.secret()))
                .isInstanceOf(MessagingException.class);
    }

    private static void send(MailGateway gateway, String from, String password, String to, String subject,
                             String body) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(gateway.smtpPort()));
        props.put("mail.smtp.auth", "true");
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        Transport.send(message, from, password);
    }

    private static Store imap(MailGateway gateway, String user, String password) throws MessagingException {
        Properties props = new Properties();
        Session session = Session.getInstance(props);
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", gateway.imapPort().orElseThrow(), user, password);
        return store;
    }

    private static int inboxCount(MailGateway gateway, String user, String password) throws MessagingException {
        try (Store store = imap(gateway, user, password)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            return inbox.getMessageCount();
        }
    }
}
