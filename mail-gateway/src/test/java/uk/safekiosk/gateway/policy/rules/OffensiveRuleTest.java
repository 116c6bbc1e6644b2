package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.findings;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.matched;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.gateway.policy.ReasonCode;

class OffensiveRuleTest {

    private static final ReasonCode REASON = ReasonCode.OFFENSIVE;

    @ParameterizedTest
    @ValueSource(strings = {
            "this game is shit",
            "oh f*ck i lost",
            "ur a dickhead",
            "what is this crap",
            "s h i t",
            "s.h.i.t",
            "fukin hell",
            "that was fcking epic",
            "piss off",
            "he called me a b1tch",
            "omfg",
            "wtf is this",
            "stfu",
            "bollox to maths",
            "sh!t sh!t sh!t",
            "FUUUUUCK",
            "𝐟𝐮𝐜𝐤 this",
            "ѕhit",
            "kiss my a$$",
            "🖕 to homework",
            "thats total bullsh1t",
            "f u c k y o u",
            "that quiz was such bs",
            "the f-ing printer broke again"})
    void holdsSwearingHoweverItIsDisguised(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Scunthorpe is in Lincolnshire",
            "my aunty lives near Penistone",
            "my cousin lives in Cockfosters",
            "we went to Essex and Sussex and Middlesex",
            "we are reading Charles Dickens",
            "we drew a cockerel",
            "shiitake mushrooms taste like wood",
            "can i have some of your grapes",
            "our class finished the assignment",
            "my dad's friend is a therapist",
            "we did data analysis",
            "you can catch bass in the sea",
            "pass the ball",
            "Dick King-Smith wrote The Hodgeheg",
            "moby dick is a long book about a whale",
            "we saw blue tits in the garden",
            "arsenic is a poison",
            "the passengers on the titanic",
            "what the heck",
            "oh my days",
            "5 * 3 = 15",
            "i got an f in the mock test",
            "my initials are b s"})
    void letsWordsThatOnlyLookRudeThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @Test
    void findingCoversTheDisguisedWordAsTyped() {
        assertThat(matched(REASON, "u sh!thead")).containsExactly("sh!thead");
    }
}
