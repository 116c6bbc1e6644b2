package uk.safekiosk.gateway.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.safekiosk.gateway.message.AttachmentFact;
import uk.safekiosk.gateway.message.AttachmentKind;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.message.TextPart;

/** Test fixtures: raw messages under {@code src/test/resources/eml/} and small ones written inline. */
final class Eml {

    static final String SENDER = "amy@class4.school.example";
    static final List<String> RECIPIENTS = List.of("sam@class4.school.example");

    static final List<String> FIXTURES = List.of("alternative-good.eml", "base64-block-in-text.eml",
            "base64-disguised-as-text.eml", "cid-reference.eml", "conflicting-content-type.eml",
            "data-uri-image.eml", "empty-body.eml", "encoded-word-filename.eml", "html-script-hidden.eml",
            "message-rfc822.eml", "missing-boundary.eml", "nested-200-deep.eml", "plain-good.eml",
            "rfc2231-filename.eml", "subject-bare-cr.eml", "subject-encoded-crlf.eml", "tnef.eml",
            "truncated-multipart.eml", "unknown-charset.eml", "unparseable-header.eml", "utf7-text.eml",
            "uuencoded.eml", "wrong-boundary.eml");

    private Eml() {
    }

    static byte[] fixture(String name) {
        try (InputStream in = Eml.class.getResourceAsStream("/eml/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageView parseFixture(String name) {
        return new MimeMessageParser().parse(SENDER, RECIPIENTS, fixture(name));
    }

    /** Headers for an inline test message, then the given MIME headers and body (LF line endings). */
    static byte[] message(String mimeHeadersAndBody) {
        String raw = """
                From: amy@class4.school.example
                To: sam@class4.school.example
                Subject: Test
                MIME-Version: 1.0
                """ + mimeHeadersAndBody;
        return raw.getBytes(StandardCharsets.UTF_8);
    }

    static MessageView parseHtml(String html) {
        return new MimeMessageParser().parse(SENDER, RECIPIENTS,
                message("Content-Type: text/html; charset=UTF-8\n\n" + html + "\n"));
    }

    static MessageView parse(String mimeHeadersAndBody) {
        return new MimeMessageParser().parse(SENDER, RECIPIENTS, message(mimeHeadersAndBody));
    }

    static List<String> texts(MessageView view, TextOrigin origin) {
        return view.texts().stream().filter(t -> t.origin() == origin).map(TextPart::text).toList();
    }

    static String allText(MessageView view) {
        return String.join("\n", view.texts().stream().map(TextPart::text).toList());
    }

    static List<AttachmentKind> kinds(MessageView view) {
        return view.attachments().stream().map(AttachmentFact::kind).toList();
    }
}
