package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.findings;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.matched;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.gateway.policy.ReasonCode;

class SocialRuleTest {

    private static final ReasonCode REASON = ReasonCode.SOCIAL;

    @ParameterizedTest
    @ValueSource(strings = {
            "add me on snap its bella_b2015",
            "whats ur insta",
            "my tiktok is dancequeen_44",
            "do you have snapchat",
            "my xbox gamertag is ShadowWolf77",
            "facetime me tonight",
            "join my roblox game later",
            "follow me on tiktok",
            "are you on whatsapp",
            "my discord is mango.moon",
            "lets play fortnite together tonight, my name is PixelPaws",
            "snap me → kai.surfs",
            "t i k t o k: hana.the.hamster",
            "follow my youtube @GeorgeGamesHQ",
            "my discord is sprinklecat#0912",
            "come on minecraft tonight"})
    void blocksHandlesAndInvitations(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i watched a video about volcanoes on youtube",
            "minecraft is my favourite game",
            "my brother got a new xbox for christmas",
            "we played roblox at my cousins house",
            "snap! we have the same lunchbox",
            "my mum uses whatsapp to talk to my nan",
            "i built a castle in minecraft with a moat",
            "my cousin plays fortnite all day",
            "i wish i had 1,000,000 robux",
            "#readingchallenge i read 10 books",
            "what's your name?",
            "follow me to the hall",
            "on youtube i watch DanTDM every day",
            "minecraft has a mob called the EnderDragon"})
    void letsPlatformMentionsThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @Test
    void findingRunsFromPlatformToHandle() {
        assertThat(matched(REASON, "my roblox name is SuperSlothSquad")).contains("roblox name is SuperSlothSquad");
    }

    @Test
    void handleShapesAreRecognised() {
        assertThat(SocialRule.isHandle("kai.surfs")).isTrue();
        assertThat(SocialRule.isHandle("LlamaLuca07")).isTrue();
        assertThat(SocialRule.isHandle("FatimaFlame")).isTrue();
        assertThat(SocialRule.isHandle("brother")).isFalse();
        assertThat(SocialRule.isHandle("2hrs")).isFalse();
        assertThat(SocialRule.isHandle("iPad")).isFalse();
    }
}
