package uk.safekiosk.gateway.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.safekiosk.gateway.message.AttachmentKind;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.message.TextOrigin;

class StructureDefectsTest {

    @Test
    void multipartNested200DeepStopsAtTheDepthLimitQuicklyAndStillScansTheDeepText() {
        MessageView view = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Eml.parseFixture("nested-200-deep.eml"));

        assertThat(view.defects()).contains("MIME parts nested deeper than 20 levels");
        assertThat(Eml.allText(view)).contains("secret at the very bottom");
        assertThat(view.body()).doesNotContain("secret");
    }

    @Test
    void multipartWithoutBoundaryParameterIsADefect() {
        MessageView view = Eml.parseFixture("missing-boundary.eml");

        assertThat(view.defects()).contains("multipart without a boundary parameter");
        assertThat(Eml.allText(view)).contains("Text in a multipart that never names its boundary.");
    }

    @Test
    void boundaryThatMatchesNoLineIsADefectAndTheTextIsStillScanned() {
        MessageView view = Eml.parseFixture("wrong-boundary.eml");

        assertThat(view.defects()).anyMatch(d -> d.startsWith("multipart boundary not found"));
        assertThat(view.body()).isEmpty();
        assertThat(Eml.texts(view, TextOrigin.HIDDEN))
                .anyMatch(t -> t.contains("Text behind a boundary that does not match the header."));
    }

    @Test
    void multipartWithoutClosingBoundaryIsATruncationDefect() {
        MessageView view = Eml.parseFixture("truncated-multipart.eml");

        assertThat(view.defects()).contains("multipart is truncated (no closing boundary)");
        assertThat(view.body()).isEqualTo("This message stops before its closing boundary.");
    }

    @Test
    void unknownCharsetIsADefectAndTheTextIsKept() {
        MessageView view = Eml.parseFixture("unknown-charset.eml");

        assertThat(view.defects()).containsExactly("unknown charset 'x-kiosk-unheard-of'");
        assertThat(view.body()).isEqualTo("Words in a charset nobody knows.");
    }

    @Test
    void utf7TextIsDecodedSoItsWordsAreScannedAndIsFlagged() {
        MessageView view = Eml.parseFixture("utf7-text.eml");

        assertThat(view.body()).isEqualTo("Call me on 07700 900123 日本語");
        assertThat(view.defects()).containsExactly("text in UTF-7");
    }

    @Test
    void conflictingContentTypeHeadersAreADefect() {
        MessageView view = Eml.parseFixture("conflicting-content-type.eml");

        assertThat(view.defects()).contains("more than one Content-Type header");
    }

    @Test
    void headerLineWithoutAColonIsADefect() {
        MessageView view = Eml.parseFixture("unparseable-header.eml");

        assertThat(view.defects()).contains("unparseable header line");
        assertThat(view.body()).isEqualTo("Hello");
    }

    @Test
    void bareCarriageReturnInSubjectNeitherAddsAHeaderNorLosesText() {
        MessageView view = Eml.parseFixture("subject-bare-cr.eml");

        assertThat(view.subject()).isEqualTo("Hello Bcc: victim@elsewhere.example");
        assertThat(view.defects()).contains("line break hidden in the Subject header",
                "bare CR inside a header line (can hide or inject header lines)");
    }

    @Test
    void encodedLineBreakInSubjectIsFlattenedAndFlagged() {
        MessageView view = Eml.parseFixture("subject-encoded-crlf.eml");

        assertThat(view.subject()).isEqualTo("Hello Bcc: victim@elsewhere.example");
        assertThat(view.defects()).containsExactly("encoded line break in the Subject header");
    }

    @Test
    void twoSubjectHeadersAreADefectAndBothAreScanned() {
        MessageView view = new MimeMessageParser().parse(Eml.SENDER, Eml.RECIPIENTS, """
                Subject: Harmless
                Subject: Second subject
                Content-Type: text/plain

                Hi
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(view.subject()).isEqualTo("Harmless Second subject");
        assertThat(view.defects()).contains("more than one Subject header");
    }

    @Test
    void headersMixingLineEndingsAreADefect() {
        byte[] raw = "Subject: Mixed\r\nContent-Type: text/plain\n\nHi\n".getBytes(StandardCharsets.US_ASCII);

        MessageView view = new MimeMessageParser().parse(Eml.SENDER, Eml.RECIPIENTS, raw);

        assertThat(view.defects()).contains("headers mix CRLF and bare LF line endings");
    }

    @Test
    void unknownTransferEncodingIsADefect() {
        MessageView view = Eml.parse("""
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: x-secret

                Hello
                """);

        assertThat(view.defects()).containsExactly("unknown Content-Transfer-Encoding 'x-secret'");
        assertThat(view.body()).isEqualTo("Hello");
    }

    @Test
    void base64WithStrayCharactersIsADefect() {
        MessageView view = Eml.parse("""
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: base64

                SGVsbG8g!!d29ybGQ=
                """);

        assertThat(view.defects()).contains("invalid characters in base64 content");
        assertThat(view.body()).isEqualTo("Hello world");
    }

    @Test
    void unparseableContentTypeIsADefectAndTheRawTextIsScanned() {
        MessageView view = Eml.parse("""
                Content-Type: text/plain; charset="unterminated

                Hidden behind a broken header
                """);

        assertThat(view.defects()).contains("unparseable Content-Type header");
        assertThat(Eml.texts(view, TextOrigin.HIDDEN)).contains("Hidden behind a broken header");
    }

    @Test
    void textAfterTheClosingBoundaryIsScanned() {
        MessageView view = Eml.parse("""
                Content-Type: multipart/mixed; boundary="m"

                preamble words
                --m
                Content-Type: text/plain

                Body
                --m--
                epilogue words
                """);

        assertThat(view.body()).isEqualTo("Body");
        assertThat(Eml.texts(view, TextOrigin.HIDDEN)).contains("preamble words", "epilogue words");
    }

    @Test
    void fiveMegabyteMessageParsesWithinBoundsWithoutCrashing() {
        byte[] raw = fiveMegabyteMessage();
        assertThat(raw.length).isGreaterThan(5 * 1024 * 1024);

        MessageView view = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new MimeMessageParser().parse(Eml.SENDER, Eml.RECIPIENTS, raw));

        assertThat(view.body()).startsWith("A long letter.");
        assertThat(view.attachments()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AttachmentKind.PART);
            assertThat(a.fileName()).isEqualTo("big.bin");
            assertThat(a.sizeBytes()).isEqualTo(3 * 1024 * 1024);
        });
    }

    @Test
    void messageOverTheSizeLimitIsCutAndFlagged() {
        MimeMessageParser small = new MimeMessageParser(new MimeMessageParser.Limits(1_000, 20, 500, 100_000, 100_000));
        byte[] raw = Eml.message("Content-Type: text/plain\n\n" + "word ".repeat(1_000));

        MessageView view = small.parse(Eml.SENDER, Eml.RECIPIENTS, raw);

        assertThat(view.defects()).contains("message larger than 1000 bytes; only the start was read");
        assertThat(view.body()).startsWith("word word").hasSizeLessThan(1_000);
    }

    @Test
    void textBeyondTheBudgetIsCutAndFlagged() {
        MimeMessageParser small = new MimeMessageParser(new MimeMessageParser.Limits(1_000_000, 20, 500, 50, 100_000));
        MessageView view = small.parse(Eml.SENDER, Eml.RECIPIENTS,
                Eml.message("Content-Type: text/plain\n\n" + "x".repeat(200)));

        assertThat(view.body()).hasSizeLessThanOrEqualTo(50);
        assertThat(view.defects()).anyMatch(d -> d.startsWith("more text than the parser scans"));
    }

    @Test
    void morePartsThanTheLimitIsADefect() {
        MimeMessageParser small =
                new MimeMessageParser(new MimeMessageParser.Limits(1_000_000, 20, 5, 100_000, 100_000));
        StringBuilder body = new StringBuilder("Content-Type: multipart/mixed; boundary=\"m\"\n\n");
        for (int i = 0; i < 10; i++) {
            body.append("--m\nContent-Type: text/plain\n\npart ").append(i).append('\n');
        }
        body.append("--m--\n");

        MessageView view = small.parse(Eml.SENDER, Eml.RECIPIENTS, Eml.message(body.toString()));

        assertThat(view.defects()).contains("more than 5 MIME parts; the rest was not read");
    }

    @Test
    void nullOrEmptyInputStillGivesAView() {
        MimeMessageParser parser = new MimeMessageParser();

        assertThat(parser.parse(null, null, null).body()).isEmpty();
        assertThat(parser.parse("", List.of(), new byte[0]).defects()).isEmpty();
    }

    private static byte[] fiveMegabyteMessage() {
        byte[] binary = new byte[3 * 1024 * 1024];
        new Random(42).nextBytes(binary);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Eml.message("""
                Content-Type: multipart/mixed; boundary="big"

                --big
                Content-Type: text/plain; charset=UTF-8

                A long letter.
                """));
        out.writeBytes("All work and no play. ".repeat(60_000).getBytes(StandardCharsets.UTF_8));
        out.writeBytes("""

                --big
                Content-Type: application/octet-stream
                Content-Disposition: attachment; filename="big.bin"
                Content-Transfer-Encoding: base64

                """.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(Base64.getMimeEncoder().encode(binary));
        out.writeBytes("\n--big--\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
