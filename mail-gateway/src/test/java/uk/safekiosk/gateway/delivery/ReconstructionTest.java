package uk.safekiosk.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.support.TestSchool;

class ReconstructionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:30:00Z");

    private final Reconstruction reconstruction =
            new Reconstruction(Clock.fixed(NOW, ZoneOffset.UTC), new TestSchool(), "gateway.test");

    @Test
    void buildsANewPlainTextMessageFromOnlyTheExtractedText() throws Exception {
        MessageView view = MessageView.ofPlainText(TestSchool.ADA, List.of(TestSchool.BEN),
                "Café trip 🚌", "We saw a dinosaur! Ça va?\nLine two.");

        byte[] bytes = reconstruction.rebuild("m-42", TestSchool.ADA, List.of(TestSchool.BEN, "old@school.test"), view);

        MimeMessage rebuilt = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
        assertThat(rebuilt.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        // MIME text travels with CRLF line ends.
        assertThat(((String) rebuilt.getContent()).replace("\r\n", "\n")).isEqualTo("We saw a dinosaur! Ça va?\nLine two.\n");
        assertThat(rebuilt.getSubject()).isEqualTo("Café trip 🚌");
        assertThat(rebuilt.getMessageID()).isEqualTo("<m-42@gateway.test>");
        assertThat(rebuilt.getSentDate().toInstant()).isEqualTo(NOW);
        InternetAddress from = (InternetAddress) rebuilt.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(TestSchool.ADA);
        assertThat(from.getPersonal()).isEqualTo("Ada");
        assertThat(rebuilt.getRecipients(Message.RecipientType.TO))
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(TestSchool.BEN, "old@school.test");
        assertThat(Collections.list(rebuilt.getAllHeaderLines()))
                .allMatch(h -> h.matches("(?i)^(From|To|Date|Subject|Message-ID|MIME-Version|Content-Type"
                        + "|Content-Transfer-Encoding):.*"));
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).doesNotContain("\u00e9");
    }

    @Test
    void keepsTheSameMessageIdWhenRebuiltAgain() throws Exception {
        MessageView view = MessageView.ofPlainText(TestSchool.ADA, List.of(TestSchool.BEN), "Hi", "Hello");

        byte[] first = reconstruction.rebuild("m-1", TestSchool.ADA, List.of(TestSchool.BEN), view);
        byte[] again = reconstruction.rebuild("m-1", TestSchool.ADA, List.of(TestSchool.BEN), view);

        assertThat(again).isEqualTo(first);
    }
}
