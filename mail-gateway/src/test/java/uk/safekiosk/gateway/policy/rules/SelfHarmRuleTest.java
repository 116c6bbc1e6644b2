package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.findings;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.matched;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.gateway.policy.ReasonCode;

class SelfHarmRuleTest {

    private static final ReasonCode REASON = ReasonCode.SELFHARM;

    @ParameterizedTest
    @ValueSource(strings = {
            "i want to die",
            "sometimes i hurt myself when im sad",
            "my dad hits me",
            "i dont want to be alive anymore",
            "mum's boyfriend shouts and hits me",
            "i have no food at home",
            "someone online wants me to send photos",
            "i'm scared to go home tonight",
            "i think about killing myself",
            "my uncle touches me and says its our secret",
            "i scratch my arms till they bleed",
            "nobody would care if i disappeared",
            "i dont feel safe at home",
            "i make myself sick after i eat",
            "everyone would be better off without me",
            "i wish i was never born",
            "i cut my leg with scissors on purpose"})
    void escalatesDisclosures(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'm sad because my goldfish died",
            "i cried when we lost the match",
            "my nan died last year and i miss her",
            "i fell off my bike and hurt my knee",
            "i'm scared of spiders",
            "this homework is killing me",
            "i'm dying to see the new film",
            "i feel a bit lonely at lunch sometimes",
            "my cat scratched me",
            "i could scream, i forgot my reading book",
            "my grandad is in hospital but getting better",
            "i got a splinter and it hurt"})
    void letsOrdinarySadnessThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @Test
    void findingCoversTheDisclosure() {
        assertThat(matched(REASON, "i feel sad and i want to hurt myself")).contains("want to hurt myself");
    }
}
