package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.findings;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.matched;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.gateway.policy.ReasonCode;

class EmailRuleTest {

    private static final ReasonCode REASON = ReasonCode.EMAIL;

    @ParameterizedTest
    @ValueSource(strings = {
            "email me at lily.rose@example.com",
            "my email is tom at example dot co dot uk",
            "jake10 at example dot com",
            "send it to sam(at)example(dot)org",
            "mum's email is jo.smith @ example.net",
            "my email is bobby99@example.co.uk",
            "luca.footy [at] example [dot] org",
            "OPHELIA AT EXAMPLE DOT COM",
            "maisie . m @ example . com",
            "percy.p.2016@mail.example.net",
            "write to kit{at}example{dot}com"})
    void blocksEmailAddresses(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we wrote emails in english to practise",
            "i sent my teacher an email about the trip",
            "look at the picture at the top",
            "5 @ 10p = 50p",
            "meet you at the park",
            "i'm at home dot dot dot",
            "@GeorgeGamesHQ is funny",
            "the dot at the end of a sentence",
            "email is a way to send letters",
            "we are at school"})
    void letsOtherTextThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @Test
    void findingCoversTheAddressAsTyped() {
        assertThat(matched(REASON, "mail umar at example dot org please")).containsExactly("umar at example dot org");
    }
}
