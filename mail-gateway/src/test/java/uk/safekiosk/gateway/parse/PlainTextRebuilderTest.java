package uk.safekiosk.gateway.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.parse.PlainTextRebuilder.Mailbox;

class PlainTextRebuilderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneOffset.UTC);
    private static final Mailbox AMY = new Mailbox("amy@class4.school.example", "Amy Pupil");
    private static final List<Mailbox> SAM = List.of(new Mailbox("sam@class4.school.example", "Sam Pupil"));

    private final PlainTextRebuilder rebuilder = new PlainTextRebuilder(CLOCK);

    @Test
    void resultIsOneTextPlainPartWithOnlyTheExpectedHeaders() throws Exception {
        MimeMessage rebuilt = reparse(rebuilder.rebuildBytes(view("Hello", "Hi Sam"), AMY, SAM));

        assertThat(headerNames(rebuilt)).containsExactlyInAnyOrder("From", "To", "Date", "Subject", "Message-ID",
                "MIME-Version", "Content-Type", "Content-Transfer-Encoding");
        assertThat(rebuilt.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(rebuilt.getContent()).isInstanceOf(String.class);
        assertThat(((InternetAddress) rebuilt.getFrom()[0]).getAddress()).isEqualTo("amy@class4.school.example");
        assertThat(((InternetAddress) rebuilt.getFrom()[0]).getPersonal()).isEqualTo("Amy Pupil");
        assertThat(rebuilt.getHeader("To", ",")).isEqualTo("Sam Pupil <sam@class4.school.example>");
    }

    @Test
    void dateComesFromTheInjectedClockAndMessageIdFromTheSendersDomain() throws Exception {
        MimeMessage rebuilt = reparse(rebuilder.rebuildBytes(view("Hello", "Hi"), AMY, SAM));

        assertThat(rebuilt.getHeader("Date", null)).isEqualTo("Mon, 23 Nov 2026 09:30:00 GMT");
        assertThat(rebuilt.getMessageID()).matches("<[0-9a-f-]{36}@class4\\.school\\.example>");
    }

    @Test
    void utf8TextWithAccentsAndEmojiSurvives() throws Exception {
        String subject = "Café ☕ and crêpes 🥞";
        String body = "Grüße aus der Klasse 4 🎉\nÇa va? 日本語\n\tindented line";

        MimeMessage rebuilt = reparse(rebuilder.rebuildBytes(view(subject, body), AMY, SAM));

        assertThat(rebuilt.getSubject()).isEqualTo(subject);
        assertThat(((String) rebuilt.getContent()).replace("\r\n", "\n")).isEqualTo(body + "\n");
    }

    @Test
    void lineBreaksInSubjectOrDisplayNameCannotInjectHeaders() throws Exception {
        Mailbox sneaky = new Mailbox("amy@class4.school.example", "Amy\r\nBcc: evil@elsewhere.example");
        MessageView message = view("Hi\r\nBcc: evil@elsewhere.example\nX-Evil: 1", "Body");

        byte[] raw = rebuilder.rebuildBytes(message, sneaky, SAM);
        MimeMessage rebuilt = reparse(raw);

        assertThat(headerNames(rebuilt)).doesNotContain("Bcc", "X-Evil");
        assertThat(rebuilt.getSubject()).isEqualTo("Hi Bcc: evil@elsewhere.example X-Evil: 1");
        assertThat(((InternetAddress) rebuilt.getFrom()[0]).getPersonal())
                .isEqualTo("Amy Bcc: evil@elsewhere.example");
        assertThat(new String(raw, StandardCharsets.US_ASCII)).doesNotContain("\nBcc:", "\nX-Evil:");
    }

    @Test
    void subjectInjectedWithABareCarriageReturnStaysOneHeaderFromParseToRebuild() throws Exception {
        MessageView parsed = Eml.parseFixture("subject-bare-cr.eml");

        MimeMessage rebuilt = reparse(rebuilder.rebuildBytes(parsed, AMY, SAM));

        assertThat(headerNames(rebuilt)).doesNotContain("Bcc");
        assertThat(rebuilt.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(rebuilt.getSubject()).isEqualTo("Hello Bcc: victim@elsewhere.example");
    }

    @Test
    void nothingOfTheOriginalMimeReachesTheRebuiltMessage() throws Exception {
        MessageView parsed = Eml.parseFixture("cid-reference.eml");

        byte[] raw = rebuilder.rebuildBytes(parsed, AMY, SAM);
        String text = new String(raw, StandardCharsets.UTF_8);

        assertThat(text).doesNotContainIgnoringCase("multipart").doesNotContain("cid:", "<html", "Content-ID",
                "<cid@class4.school.example>", "iVBORw0KGgo");
        assertThat(((String) reparse(raw).getContent()).strip()).isEqualTo("Our class photo:");
    }

    @Test
    void controlCharactersAreDroppedFromTheBody() throws Exception {
        MimeMessage rebuilt = reparse(rebuilder.rebuildBytes(view("Hi", "red\u001b[31m alert\u0007 done"), AMY, SAM));

        assertThat(((String) rebuilt.getContent()).strip()).isEqualTo("red[31m alert done");
    }

    @Test
    void invalidAddressIsRefused() {
        assertThatThrownBy(() -> rebuilder.rebuild(view("Hi", "Hi"),
                new Mailbox("Amy <amy@class4.school.example>, evil@elsewhere.example", ""), SAM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rebuilder.rebuild(view("Hi", "Hi"), AMY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MessageView view(String subject, String body) {
        return MessageView.ofPlainText("amy@class4.school.example", List.of("sam@class4.school.example"), subject,
                body);
    }

    private static MimeMessage reparse(byte[] raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }

    private static List<String> headerNames(MimeMessage message) throws Exception {
        List<String> names = new ArrayList<>();
        for (Header header : Collections.list(message.getAllHeaders())) {
            names.add(header.getName());
        }
        return names;
    }
}
