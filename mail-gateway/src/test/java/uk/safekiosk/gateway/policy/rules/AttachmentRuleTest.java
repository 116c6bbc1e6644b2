package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.safekiosk.gateway.message.AttachmentFact;
import uk.safekiosk.gateway.message.AttachmentKind;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.message.TextPart;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;

class AttachmentRuleTest {

    private static MessageView withAttachments(List<AttachmentFact> attachments) {
        return new MessageView("a@school", List.of("b@school"), "hi", "hello",
                List.of(new TextPart(TextOrigin.BODY, "hello")), attachments, List.of());
    }

    @ParameterizedTest
    @EnumSource(AttachmentKind.class)
    void holdsEveryKindOfAttachment(AttachmentKind kind) {
        List<Finding> found = RuleFixture.rule(ReasonCode.ATTACHMENT)
                .inspect(withAttachments(List.of(new AttachmentFact(kind, "cat.png", "image/png", 1234))));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(ReasonCode.ATTACHMENT);
            assertThat(f.origin()).isNull();
            assertThat(f.matched()).contains(kind.name());
        });
    }

    @Test
    void reportsEachAttachment() {
        List<AttachmentFact> two = List.of(new AttachmentFact(AttachmentKind.PART, "a.pdf", "application/pdf", 1),
                new AttachmentFact(AttachmentKind.DATA_URI, "", "image/gif", 2));
        assertThat(RuleFixture.rule(ReasonCode.ATTACHMENT).inspect(withAttachments(two))).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "here is a picture of my cat",
            "see attached",
            "cat.png",
            "i drew a picture for you",
            "data:image/png;base64,iVBORw0KGgo",
            "my homework.docx is on the laptop",
            "i will send the file tomorrow",
            "begin 644 cat.gif",
            "cid:image001",
            "photo attached!!"})
    void textAloneHasNoAttachmentFinding(String body) {
        assertThat(RuleFixture.findings(ReasonCode.ATTACHMENT, body)).isEmpty();
    }
}
