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
            "my gymnastics coach touches me in places i dont like",
            "the man at swimming club put his hands on me where i didnt want",
            "my riding instructor strokes my leg under my shorts and i feel weird"})
    void escalatesTouchingTheChildDoesNotLikeEvenAtSport(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my step mum pulled my hair so hard it came out",
            "mummys boyfriend kicks me when he is angry",
            "when dad has been drinking he gets cross and hits me",
            "i got whacked with a wooden spoon again",
            "my brother who is 16 hurts me when mum is out",
            "she says she will kill us all if we tell",
            "i get smacked when i forget my homework",
            "if i tell my teacher he said he will hurt my mum"})
    void escalatesHarmFromAGrownUpAtHome(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i wish i could just stop existing",
            "i want to go to sleep and never wake up",
            "my family would be happier without me",
            "whats the point of me even being here",
            "i wrote a goodbye note to my mum",
            "i want to stop breathing",
            "i keep thinking about killing my self",
            "i tried to stop breathing under the covers",
            "i feel trapped theres no way out"})
    void escalatesWantingToDieInNewWords(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "nobody feeds me at weekends",
            "there hasnt been any dinner for two days",
            "mum is too drunk to get up so i look after the baby",
            "dad left us alone all weekend again",
            "nobody takes me to the dentist and my teeth hurt",
            "the fridge is empty again",
            "my dad has been gone 3 days and im home with my sister",
            "i have been wearing the same socks for 2 weeks"})
    void escalatesNeglect(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "he said he would give me robux for a selfie",
            "a guy from roblox said he is 13 but he sounds old",
            "a man on fortnite told me to delete our messages",
            "someone online asked which school i go to",
            "my online girlfriend says dont tell my mum about her",
            "he asked me to take my top off on video",
            "he calls me his special girl",
            "a man on a game asked if my mum is home",
            "someone online asked me to go on camera in my bedroom"})
    void escalatesGrooming(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i only eat a yoghurt so i can be skinny",
            "im too fat so i dont eat breakfast",
            "i skip breakfast and lunch every day",
            "i want to be thinner than everyone"})
    void escalatesNotEatingToGetThin(String text) {
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
            "i got a splinter and it hurt",
            "i hit the ball with the stick in rounders",
            "i cut myself on some paper in art",
            "i skipped breakfast cos i was late",
            "the magician made the rabbit disappear",
            "my mum said the man at the shop gave me a sticker",
            "my dad works nights so he sleeps in the day",
            "i pinched myself to check i wasnt dreaming",
            "my brother makes me laugh all night"})
    void letsOrdinarySadnessThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @Test
    void findingCoversTheDisclosure() {
        assertThat(matched(REASON, "i feel sad and i want to hurt myself")).contains("want to hurt myself");
    }
}
