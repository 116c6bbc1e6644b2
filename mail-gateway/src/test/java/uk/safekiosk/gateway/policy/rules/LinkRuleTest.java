package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.findings;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.matched;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.gateway.policy.ReasonCode;

class LinkRuleTest {

    private static final ReasonCode REASON = ReasonCode.LINK;

    @ParameterizedTest
    @ValueSource(strings = {
            "go to www.coolgames.com its fun",
            "check out https://funnyvids.example.org/watch",
            "play on crazygames.com",
            "http://192.168.1.1/admin",
            "look at freestuff.net/skins",
            "www.notchecked.co.uk",
            "visit roblox.com",
            "https://www.bbc.co.uk.evil.example.com/page",
            "try games dot com",
            "HTTPS://SHOUTING.EXAMPLE.COM",
            "see unknown-site.org?page=2"})
    void blocksLinksOutsideTheVettedSites(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we used bbc.co.uk/bitesize for homework",
            "https://www.bbc.co.uk/newsround",
            "i was tired.it was late",
            "the end. i liked it",
            "play on ttrockstars.com tonight",
            "email me harvey.w@example.com",
            "kai.surfs",
            "the score was 2.5 to 3.0",
            "i like www",
            "scratch.mit.edu has the cat game"})
    void letsVettedSitesAndOrdinaryTextThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @Test
    void hostIsReadFromAUrl() {
        assertThat(LinkRule.hostOf("https://user@Games.example.com:8080/x?y#z")).isEqualTo("Games.example.com");
    }
}
