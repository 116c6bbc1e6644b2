package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.findings;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.matched;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.gateway.policy.ReasonCode;

class BullyingRuleTest {

    private static final ReasonCode REASON = ReasonCode.BULLYING;

    @ParameterizedTest
    @ValueSource(strings = {
            "ur so dumb lol",
            "no one likes u",
            "you're such a loser",
            "everybody hates you",
            "ill punch u tomorrow",
            "you cant play with us anymore",
            "your breath stinks",
            "go away nobody wants you here",
            "you look like a pig",
            "we're going to beat you up after school",
            "you're so fat you cant run",
            "I will get you after school",
            "weirdo, go away",
            "cry baby cry baby",
            "thats so gay",
            "tell anyone and you'll regret it",
            "i'm going to show everyone the photo of you falling over",
            "your accent is so stupid"})
    void holdsUnkindWordsAimedAtTheReader(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "you're so kind",
            "your drawing is amazing",
            "i'm so stupid i forgot my book",
            "the ugly duckling is my favourite story",
            "can you help me, this is hard",
            "i hate mondays",
            "the pig in the story was fat",
            "you're really good at maths",
            "this maths is killing me lol",
            "i'm dead 😂 that was so funny",
            "my auntie and her wife took me to the zoo",
            "we learned about families with two dads",
            "i can't wait till break"})
    void letsKindWordsAndJokesThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @Test
    void findingCoversThePhrase() {
        assertThat(matched(REASON, "honestly nobody likes you")).contains("nobody likes you");
    }
}
