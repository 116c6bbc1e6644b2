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
    @ValueSource(strings = {"missing boundary", "two Content-Type headers", "bad base64", "charset unknown"})
    void holdsAnyParserDefect(String defect) {
        assertThat(RuleFixture.rule(ReasonCode.MALFORMED).inspect(withDefects(List.of(defect))))
                .singleElement()
                .satisfies(f -> assertThat(f.matched()).isEqualTo(defect));
    }

    @Test
    void aCleanMessageHasNoDefectFinding() {
        assertThat(RuleFixture.rule(ReasonCode.MALFORMED).inspect(withDefects(List.of()))).isEmpty();
    }
}
