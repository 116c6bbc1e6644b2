package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.findings;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.matched;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.gateway.policy.ReasonCode;

class AddressRuleTest {

    private static final ReasonCode REASON = ReasonCode.ADDRESS;

    @ParameterizedTest
    @ValueSource(strings = {
            "i live at 14 Rowan Crescent",
            "we moved to 3 willow close",
            "my house is number 9 on heron avenue",
            "come to 22a Sparrow Road",
            "flat 3, Maple Court",
            "i live at twenty two oak lane",
            "my nans house is 6 beech grove",
            "i live on bramble road near the shop",
            "number 18 linnet way is my house",
            "Miss Kay\n4 Wren Street\nLowbridge",
            "flat 7\nKingfisher Court\nPebblecombe",
            "our flat is number 40 in pipistrelle place",
            "i'm at 77 lapwing rd this weekend"})
    void blocksAddresses(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "for homework find out who lives at 10 Downing Street",
            "harry potter lived at 4 privet drive",
            "we walked 5 miles along the river bank",
            "i have 2 cats and a dog",
            "the 3 bears lived in a cottage in the woods",
            "i got 30 pounds for my birthday and put it in the bank",
            "i live in a big town with lots of shops",
            "the road was closed so we went a different way",
            "turn to page 12 and read chapter 3",
            "my address is a secret",
            "the mayor gave an address at prize day",
            "we wrote the address on the envelope in english",
            "red\nlight blue\npink"})
    void letsOtherTextThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @Test
    void findingCoversNumberAndStreet() {
        assertThat(matched(REASON, "its 45 Copper Beech Drive, Sallowmere")).containsExactly("45 Copper Beech Drive");
    }
}
