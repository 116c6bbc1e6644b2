package uk.safekiosk.gateway.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;

class SmtpRepliesTest {

    @Test
    void takesEveryRefusalTextFromTheShippedContent() {
        SmtpReplies replies = SmtpReplies.from(ContentSource.defaults());

        assertThat(replies.outsideClass()).isEqualTo("You can only send to people in your class.");
        assertThat(replies.unknownRecipient()).isNotBlank();
        assertThat(replies.notYou()).isNotBlank();
        assertThat(replies.tooBig()).isNotBlank();
        assertThat(replies.temporary()).isNotBlank();
        assertThat(replies.resting()).isEqualTo("Your email is resting for now. Ask your teacher.");
    }

    @Test
    void makesAnExplanationSafeForAnSmtpReply() {
        assertThat(SmtpReplies.smtpSafe("It\u2019s a \u201Cphone number\u201D \u2014 caf\u00e9\r\n550 fake 🙂"))
                .isEqualTo("It's a \"phone number\" - cafe 550 fake");
    }
}
