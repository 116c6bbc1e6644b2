package uk.safekiosk.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.safekiosk.gateway.support.TestSchool.ADA;
import static uk.safekiosk.gateway.support.TestSchool.BEN;
import static uk.safekiosk.gateway.support.TestSchool.CAL;
import static uk.safekiosk.gateway.support.TestSchool.DEE;
import static uk.safekiosk.gateway.support.TestSchool.TAN;

import jakarta.activation.DataHandler;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.gateway.events.GatewayEvent;
import uk.safekiosk.gateway.journal.VerdictKind;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.roster.MailToken;
import uk.safekiosk.gateway.smtp.Intake;
import uk.safekiosk.gateway.support.MailClient;
import uk.safekiosk.gateway.support.RecordingListener;
import uk.safekiosk.gateway.support.TestGateway;
import uk.safekiosk.gateway.support.TestPolicy;
import uk.safekiosk.gateway.support.TestSchool;

/** The SMTP front through a real Jakarta Mail client on loopback, reading results back over IMAP. */
class SmtpFrontTest {

    @TempDir
    Path dataDir;

    private final TestSchool school = new TestSchool();
    private final RecordingListener events = new RecordingListener();
    private MailGateway gateway;
    private MailClient client;

    @BeforeEach
    void start() throws Exception {
        gateway = TestGateway.start(dataDir, school, events);
        client = TestGateway.client(gateway);
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void deliversARebuiltSingleTextPartToTheClassmate() throws Exception {
        MimeMessage original = MailClient.message(ADA, "Playtime", "See you at the climbing frame!", BEN);
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("See you at the climbing frame!", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>See you at the <b>climbing frame</b>!</p>", "text/html; charset=UTF-8");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        original.setContent(alternative);

        client.send(ADA, "ada-pw", original);

        await().atMost(Duration.ofSeconds(10)).until(() -> client.inbox(BEN, "ben-pw").size() == 1);
        MailClient.Received received = client.inbox(BEN, "ben-pw").getFirst();
        assertThat(received.contentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(received.content()).isInstanceOf(String.class);
        assertThat(((String) received.content()).strip()).isEqualTo("See you at the climbing frame!");
        assertThat(received.subject()).isEqualTo("Playtime");
        assertThat(received.from()).isEqualTo(ADA);
        assertThat(new String(received.rfc822(), StandardCharsets.UTF_8)).doesNotContain("text/html");
        assertThat(events.of(GatewayEvent.Delivered.class)).singleElement()
                .satisfies(e -> assertThat(e.message().recipients()).containsExactly(BEN));
    }

    @Test
    void acceptsAKioskTokenAsThePupilsSecret() throws Exception {
        MailToken token = gateway.mailTokens().issue(ADA);

        client.send(ADA, token.secret(), "Hi", "Hello Ben", BEN);

        await().atMost(Duration.ofSeconds(10)).until(() -> client.inbox(BEN, "ben-pw").size() == 1);
    }

    @Test
    void refusesAKioskTokenForAnyoneButItsOwner() throws Exception {
        MailToken adasToken = gateway.mailTokens().issue(ADA);

        assertThatThrownBy(() -> client.send(BEN, adasToken.secret(), "Hi", "I am Ada really", TAN))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("535");
        assertThatThrownBy(() -> client.imap(BEN, adasToken.secret()))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void refusesARevokedToken() throws Exception {
        MailToken token = gateway.mailTokens().issue(ADA);
        gateway.mailTokens().revoke(token);

        assertThatThrownBy(() -> client.send(ADA, token.secret(), "Hi", "Hello", BEN))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void requiresAuthenticationWith530() throws Exception {
        assertThatThrownBy(() -> client.sendAnonymously(MailClient.message(ADA, "Hi", "Hello", BEN)))
                .isInstanceOf(MessagingException.class)
                .satisfies(e -> assertThat(smtpCode(e)).isEqualTo(530));
    }

    @Test
    void refusesAWrongPasswordWith535() {
        assertThatThrownBy(() -> client.send(ADA, "not-her-password", "Hi", "Hello", BEN))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("535");
    }

    @Test
    void refusesAForgedEnvelopeSenderWith553() throws Exception {
        MimeMessage message = MailClient.message(BEN, "Hi", "It is me, Ben", TAN);
        assertThatThrownBy(() -> client.send(ADA, "ada-pw", message))
                .satisfies(e -> assertThat(smtpCode(e)).isEqualTo(553))
                .hasMessageContaining("You can only send messages from your own address.");
        assertThat(client.inbox(TAN, "tan-pw")).isEmpty();
    }

    @Test
    void refusesAForgedFromHeaderWith553() throws Exception {
        String reply = rawSession(ADA, "ada-pw", BEN, "From: " + BEN + "\r\nTo: " + BEN + "\r\nSubject: hi\r\n\r\nhello\r\n");

        assertThat(reply).startsWith("553").contains("You can only send messages from your own address.");
        assertThat(client.inbox(BEN, "ben-pw")).isEmpty();
    }

    @Test
    void refusesARecipientInAnotherClassWith550AndPlainWords() {
        assertThatThrownBy(() -> client.send(ADA, "ada-pw", "Hi", "Hello Cal", CAL))
                .isInstanceOf(SendFailedException.class)
                .satisfies(e -> assertThat(rejectedRecipientReply(e))
                        .startsWith("550")
                        .contains("You can only send to people in your class."));
    }

    @Test
    void refusesAPupilWhoseEmailIsRestingAtMailFromWith550AndPlainWords() throws Exception {
        school.rest(ADA);

        assertThatThrownBy(() -> client.send(ADA, "ada-pw", "Hi", "Hello Ben", BEN))
                .isInstanceOf(MessagingException.class)
                .satisfies(e -> assertThat(smtpCode(e)).isEqualTo(550))
                .satisfies(e -> assertThat(allMessages(e))
                        .contains("Your email is resting for now. Ask your teacher."));
        client.send(BEN, "ben-pw", "Hi", "Ben may still write", ADA);
        await().atMost(Duration.ofSeconds(10)).until(() -> client.inbox(ADA, "ada-pw").size() == 1);
        assertThat(client.inbox(BEN, "ben-pw")).isEmpty();
    }

    @Test
    void refusesAnUnknownRecipientWith550() {
        assertThatThrownBy(() -> client.send(ADA, "ada-pw", "Hi", "Hello?", "nobody@school.test"))
                .isInstanceOf(SendFailedException.class)
                .satisfies(e -> assertThat(rejectedRecipientReply(e))
                        .startsWith("550")
                        .contains("We could not find anyone with that address at your school."));
    }

    @Test
    void letsAPupilWriteToTheirClassTeacherAndStaffWriteAcrossClasses() throws Exception {
        client.send(ADA, "ada-pw", "Homework", "I finished it", TAN);
        client.send(TAN, "tan-pw", "Well done", "Lovely work", CAL, DEE);

        await().atMost(Duration.ofSeconds(10)).until(() -> client.inbox(TAN, "tan-pw").size() == 1
                && client.inbox(CAL, "cal-pw").size() == 1
                && client.inbox(DEE, "dee-pw").size() == 1);
    }

    @Test
    void refusesAFiveMegabyteMessageWith552() throws Exception {
        String big = "x".repeat(76) + "\r\n";
        MimeMessage message = MailClient.message(ADA, "Big", big.repeat(5 * 1024 * 1024 / big.length()), BEN);

        assertThatThrownBy(() -> client.send(ADA, "ada-pw", message))
                .satisfies(e -> assertThat(smtpCode(e)).isEqualTo(552))
                .hasMessageContaining("This message is too big to send.");
        client.send(ADA, "ada-pw", "Small", "still works", BEN);
        await().atMost(Duration.ofSeconds(10)).until(() -> client.inbox(BEN, "ben-pw").size() == 1);
        assertThat(client.inbox(BEN, "ben-pw").getFirst().subject()).isEqualTo("Small");
    }

    @Test
    void blocksWith550AndTheExplanationLeavingTheMailboxUnchanged() throws Exception {
        assertThatThrownBy(() -> client.send(ADA, "ada-pw", "Call me", "Ring " + TestPolicy.PHONE + " tonight", BEN))
                .satisfies(e -> assertThat(smtpCode(e)).isEqualTo(550))
                .hasMessageContaining(TestPolicy.BLOCK_EXPLANATION);

        assertThat(client.inbox(BEN, "ben-pw")).isEmpty();
        assertThat(events.of(GatewayEvent.Blocked.class)).singleElement()
                .satisfies(e -> assertThat(e.reasons()).containsExactly(ReasonCode.PHONE));
    }

    @Test
    void holdsForStaffWith250WithoutDelivering() throws Exception {
        client.send(ADA, "ada-pw", "Hmm", "HOLDME you are silly", BEN);

        assertThat(gateway.heldMessages().list()).singleElement().satisfies(h -> {
            assertThat(h.message().sender()).isEqualTo(ADA);
            assertThat(h.message().recipients()).containsExactly(BEN);
            assertThat(h.reasons()).containsExactly(ReasonCode.OFFENSIVE);
            assertThat(new String(h.rfc822(), StandardCharsets.UTF_8)).contains("HOLDME you are silly");
        });
        assertThat(client.inbox(BEN, "ben-pw")).isEmpty();
        assertThat(events.of(GatewayEvent.Held.class)).hasSize(1);
    }

    @Test
    void namesTheGatewaysIdInThe250SoTheSenderCanAskWhetherItWasHeld() throws Exception {
        String heldReply = client.sendForReply(ADA, "ada-pw", MailClient.message(ADA, "Hmm", "HOLDME silly", BEN));
        String deliveredReply = client.sendForReply(ADA, "ada-pw", MailClient.message(ADA, "Hi", "Hello Ben", BEN));

        assertThat(heldReply).startsWith("250 ");
        String heldId = Intake.Decision.idInReply(heldReply).orElseThrow();
        assertThat(gateway.heldMessages().find(heldId)).hasValueSatisfying(h -> {
            assertThat(h.verdict()).isEqualTo(VerdictKind.HOLD);
            assertThat(h.message().subject()).isEqualTo("Hmm");
        });
        String deliveredId = Intake.Decision.idInReply(deliveredReply).orElseThrow();
        assertThat(deliveredId).isNotEqualTo(heldId);
        assertThat(gateway.heldMessages().find(deliveredId)).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(GatewayEvent.Delivered.class).stream()
                .anyMatch(d -> d.message().id().equals(deliveredId)));
    }

    @Test
    void holdsAMessageWithAnAttachment() throws Exception {
        MimeMessage message = MailClient.message(ADA, "Picture", "look", BEN);
        MimeMultipart mixed = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("look", "UTF-8");
        MimeBodyPart image = new MimeBodyPart();
        image.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png")));
        image.setFileName("me.png");
        mixed.addBodyPart(text);
        mixed.addBodyPart(image);
        message.setContent(mixed);

        client.send(ADA, "ada-pw", message);

        assertThat(gateway.heldMessages().list()).singleElement()
                .satisfies(h -> assertThat(h.reasons()).containsExactly(ReasonCode.ATTACHMENT));
        assertThat(client.inbox(BEN, "ben-pw")).isEmpty();
    }

    @Test
    void escalatesAndTellsTheListenerAtOnce() throws Exception {
        client.send(ADA, "ada-pw", "sad", "ESCALATEME I feel sad", TAN);

        assertThat(events.of(GatewayEvent.Escalated.class)).singleElement().satisfies(e -> {
            assertThat(e.message().sender()).isEqualTo(ADA);
            assertThat(e.message().recipients()).containsExactly(TAN);
            assertThat(e.reasons()).containsExactly(ReasonCode.SELFHARM);
            assertThat(e.message().id()).isEqualTo(gateway.heldMessages().list().getFirst().message().id());
        });
        assertThat(client.inbox(TAN, "tan-pw")).isEmpty();
    }

    @Test
    void keepsNothingFromAClientThatDisconnectsMidData() throws Exception {
        long journalBefore = Files.size(journal());
        try (Socket socket = new Socket("127.0.0.1", gateway.smtpPort())) {
            SmtpTalk talk = new SmtpTalk(socket);
            talk.expect("220");
            talk.send("EHLO test", "250");
            talk.send("AUTH PLAIN " + plain(ADA, "ada-pw"), "235");
            talk.send("MAIL FROM:<" + ADA + ">", "250");
            talk.send("RCPT TO:<" + BEN + ">", "250");
            talk.send("DATA", "354");
            talk.write("From: " + ADA + "\r\nTo: " + BEN + "\r\nSubject: half\r\n\r\nthis message never ends");
        }

        // The server notices the end of the stream and drops the session; it must still serve others afterwards.
        client.send(ADA, "ada-pw", "whole", "a complete message", BEN);
        await().atMost(Duration.ofSeconds(10)).until(() -> client.inbox(BEN, "ben-pw").size() == 1);
        assertThat(client.inbox(BEN, "ben-pw")).extracting(MailClient.Received::subject).containsExactly("whole");
        assertThat(new String(Files.readAllBytes(journal()), StandardCharsets.ISO_8859_1))
                .doesNotContain("this message never ends");
        assertThat(Files.size(journal())).isGreaterThan(journalBefore);
    }

    @Test
    void survivesGarbageFromAClient() throws Exception {
        String[] garbage = {
            "EHLO \u0000\u00ff\u00fe", "AUTH PLAIN !!!notbase64", "MAIL FROM:<>", "RCPT TO:<" + BEN + ">", "DATA",
            "X".repeat(5000), "\r\r\n.\r\n"
        };
        for (String line : garbage) {
            try (Socket socket = new Socket("127.0.0.1", gateway.smtpPort())) {
                SmtpTalk talk = new SmtpTalk(socket);
                talk.expect("220");
                talk.write(line + "\r\n");
                talk.readReply();
            } catch (IOException e) {
                // The server may hang up on nonsense; it must not fall over.
            }
        }

        client.send(ADA, "ada-pw", "still here", "yes", BEN);
        await().atMost(Duration.ofSeconds(10)).until(() -> client.inbox(BEN, "ben-pw").size() == 1);
    }

    @Test
    void deliversEvenWhenTheKiosksListenerFails(@TempDir Path otherDir) throws Exception {
        try (MailGateway failing = TestGateway.start(otherDir, school, event -> {
            throw new IllegalStateException("kiosk is down");
        })) {
            MailClient other = TestGateway.client(failing);

            other.send(ADA, "ada-pw", "Still arrives", "hello", BEN);
            other.send(ADA, "ada-pw", "Still held", "HOLDME", BEN);

            await().atMost(Duration.ofSeconds(10)).until(() -> other.inbox(BEN, "ben-pw").size() == 1);
            assertThat(failing.heldMessages().list()).hasSize(1);
        }
    }

    private Path journal() {
        return dataDir.resolve("journal").resolve("journal.log");
    }

    /** Sends one message by hand and returns the server's reply to the end of DATA. */
    private String rawSession(String user, String password, String recipient, String message) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", gateway.smtpPort())) {
            SmtpTalk talk = new SmtpTalk(socket);
            talk.expect("220");
            talk.send("EHLO test", "250");
            talk.send("AUTH PLAIN " + plain(user, password), "235");
            talk.send("MAIL FROM:<" + user + ">", "250");
            talk.send("RCPT TO:<" + recipient + ">", "250");
            talk.send("DATA", "354");
            talk.write(message);
            return talk.send(".", "");
        }
    }

    private static String plain(String user, String password) {
        return Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int smtpCode(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof MessagingException m && m.getNextException() != null
                ? m.getNextException() : t.getCause()) {
            if (t instanceof SMTPSendFailedException s) {
                return s.getReturnCode();
            }
            if (t instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
            String message = String.valueOf(t.getMessage()).strip();
            if (message.matches("^\\d{3}[ -].*")) {
                return Integer.parseInt(message.substring(0, 3));
            }
        }
        return -1;
    }

    /** Every message along the chain of causes (Jakarta Mail nests the server's reply a level or two down). */
    private static String allMessages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t instanceof MessagingException m && m.getNextException() != null
                ? m.getNextException() : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static String rejectedRecipientReply(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof MessagingException m ? m.getNextException() : null) {
            if (t instanceof SMTPAddressFailedException a) {
                return a.getMessage().strip();
            }
        }
        return "";
    }

    /** Line-by-line SMTP by hand, for what a well-behaved client would never do. */
    private static final class SmtpTalk {
        private final BufferedReader in;
        private final OutputStream out;

        SmtpTalk(Socket socket) throws Exception {
            socket.setSoTimeout(10_000);
            this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            this.out = socket.getOutputStream();
        }

        String expect(String code) throws Exception {
            String reply = readReply();
            assertThat(reply).startsWith(code);
            return reply;
        }

        String readReply() throws IOException {
            String line;
            String reply = "";
            do {
                line = in.readLine();
                if (line == null) {
                    return reply;
                }
                reply = line;
            } while (line.length() > 3 && line.charAt(3) == '-');
            return reply;
        }

        String send(String line, String code) throws Exception {
            write(line + "\r\n");
            return expect(code);
        }

        void write(String text) throws Exception {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
    }
}
