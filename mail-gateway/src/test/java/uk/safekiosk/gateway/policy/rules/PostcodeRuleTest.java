package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.findings;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.matched;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.gateway.policy.ReasonCode;

class PostcodeRuleTest {

    private static final ReasonCode REASON = ReasonCode.POSTCODE;

    @ParameterizedTest
    @ValueSource(strings = {
            "my postcode is ZT4 7QA",
            "we moved to jq12 8bd",
            "its R7 3NB",
            "send it to FZ1A 4WN",
            "AB1C 2DE is ours",
            "F9 2LD",
            "ux123jb",
            "postcode h b 4 5 r d",
            "our postcode is NQ3\n6LE",
            "postcode starts with Z4 and ends 9TF",
            "T3E 8GP",
            "a5 6st"})
    void blocksPostcodesInEveryFormat(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we are in class 5B and 6C",
            "the answer to 5a is 3.5",
            "i got a B2 and a C3 in the test",
            "meet at the 5k run",
            "the M25 is a big road",
            "my seat on the plane was 12A",
            "see you b4 2nd lesson",
            "vitamin B6 and B12",
            "C3PO is a robot",
            "use A4 paper",
            "at 12 3pm",
            "on 5 6th"})
    void letsPostcodeLikeThingsThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @Test
    void findingCoversThePostcodeAsTyped() {
        assertThat(matched(REASON, "mine is hb6 1rt ok")).containsExactly("hb6 1rt");
    }
}
