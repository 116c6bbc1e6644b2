package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.message.TextPart;
import uk.safekiosk.gateway.policy.ReasonCode;

class MalformedRuleTest {

    private static MessageView withDefects(List<String> defects) {
        return new MessageView("a@school", List.of("b@school"), "", "hi",
                List.of(new TextPart(TextOrigin.BODY, "hi")), List.of(), defects);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "missing boundary",
            "two Content-Type headers",
            "bad base64",
            "charset unknown",
            "multipart nested too deep",
            "header line too long",
            "8-bit data in a 7-bit part",
            "unterminated quoted-printable",
            "two Subject headers",
            "content-transfer-encoding unknown"})
    void holdsAnyParserDefect(String defect) {
        assertThat(RuleFixture.rule(ReasonCode.MALFORMED).inspect(withDefects(List.of(defect))))
                .singleElement()
                .satisfies(f -> assertThat(f.matched()).isEqualTo(defect));
    }

    @Test
    void reportsEachDefect() {
        assertThat(RuleFixture.rule(ReasonCode.MALFORMED).inspect(withDefects(List.of("a", "b", "c")))).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "hello",
            "the message was broken into pieces",
            "my code has a bug in it",
            "base64 is a way to write data",
            "the boundary of the field",
            "",
            "error 404 not found",
            "the email header said hi",
            "my ipad is broken",
            "the file was corrupt"})
    void aCleanMessageHasNoDefectFindingWhateverItSays(String body) {
        assertThat(RuleFixture.findings(ReasonCode.MALFORMED, body)).isEmpty();
    }
}
