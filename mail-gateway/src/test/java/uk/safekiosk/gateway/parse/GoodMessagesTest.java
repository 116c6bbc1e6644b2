package uk.safekiosk.gateway.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.message.TextPart;

class GoodMessagesTest {

    @Test
    void plainMessageGivesExactBodyAndNoDefectsOrAttachments() {
        MessageView view = Eml.parseFixture("plain-good.eml");

        assertThat(view.subject()).isEqualTo("Lunch on Friday");
        assertThat(view.body()).isEqualTo(
                "Hi Sam,\n\nShall we sit together at lunch on Friday? I'm bringing crêpes 🥞.\n\nAmy");
        assertThat(view.defects()).isEmpty();
        assertThat(view.attachments()).isEmpty();
        assertThat(view.texts()).containsExactly(
                new TextPart(TextOrigin.SUBJECT, "Lunch on Friday"),
                new TextPart(TextOrigin.BODY, view.body()));
    }

    @Test
    void senderAndRecipientsComeFromTheEnvelopeNotTheHeaders() {
        MessageView view = new MimeMessageParser().parse("envelope@class4.school.example",
                List.of("one@class4.school.example", "two@class4.school.example"), Eml.fixture("plain-good.eml"));

        assertThat(view.sender()).isEqualTo("envelope@class4.school.example");
        assertThat(view.recipients()).containsExactly("one@class4.school.example", "two@class4.school.example");
    }

    @Test
    void alternativeMessageDeliversThePlainPartAndStillScansTheHtml() {
        MessageView view = Eml.parseFixture("alternative-good.eml");

        assertThat(view.subject()).isEqualTo("Our café project");
        assertThat(view.body()).isEqualTo("Our café project is due on Tuesday.\nBring the poster please.");
        assertThat(Eml.texts(view, TextOrigin.HIDDEN))
                .containsExactly("Our café project is due on Tuesday.\n\nBring the poster please.");
        assertThat(view.defects()).isEmpty();
        assertThat(view.attachments()).isEmpty();
    }

    @Test
    void alternativeWithoutPlainPartUsesTheHtmlTextAsBody() {
        MessageView view = Eml.parse("""
                Content-Type: multipart/alternative; boundary="a"

                --a
                Content-Type: text/html; charset=UTF-8

                <p>Only <b>HTML</b> here</p>
                --a--
                """);

        assertThat(view.body()).isEqualTo("Only HTML here");
        assertThat(view.defects()).isEmpty();
    }

    @Test
    void textPartsOfAMixedMessageAllReachTheBodyInOrder() {
        MessageView view = Eml.parse("""
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain; charset=UTF-8

                First part.
                --m
                Content-Type: text/plain; charset=UTF-8

                Second part.
                --m--
                """);

        assertThat(view.body()).isEqualTo("First part.\n\nSecond part.");
    }

    @Test
    void emptyBodyIsFineAndNotADefect() {
        MessageView view = Eml.parseFixture("empty-body.eml");

        assertThat(view.subject()).isEqualTo("Nothing to say");
        assertThat(view.body()).isEmpty();
        assertThat(view.defects()).isEmpty();
        assertThat(view.attachments()).isEmpty();
    }
}
