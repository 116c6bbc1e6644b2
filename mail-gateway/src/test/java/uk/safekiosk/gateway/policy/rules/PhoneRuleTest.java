package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.findings;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.matched;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.gateway.policy.ReasonCode;

class PhoneRuleTest {

    private static final ReasonCode REASON = ReasonCode.PHONE;

    @ParameterizedTest
    @ValueSource(strings = {
            "my mobile is 07700 900 412 text me",
            "call my mum 0161 496 0333",
            "+44 (0) 7700 900 218",
            "+44 7700 900931",
            "0044 7700 900 111 is my dads",
            "if u lose it its 447700900532",
            "my nans landline is 0113 496 0555",
            "seven seven zero zero nine zero zero one two three",
            "oh seven seven oh oh nine oh oh five five five",
            "phone me 07700.900.654",
            "O77OO 9OO 123 ring me",
            "its 07700900 then 218",
            "my number:\n07700\n900\n642",
            "0️⃣7️⃣7️⃣0️⃣0️⃣9️⃣0️⃣0️⃣7️⃣1️⃣9️⃣",
            "oh double seven, double oh, nine, double oh, seven six five",
            "ring 020-7946-0555",
            "0 1 6 1 4 9 6 0 7 1 2"})
    void blocksPhoneNumbersHoweverTheyAreWritten(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i scored 3 goals and 2 assists in 4 games",
            "the bus is the number 77 at 7:15",
            "multiply 1234 by 5678 and you get 7006652",
            "we counted 10 20 30 40 50 60 70 80 90 100",
            "my birthday is 07/09/2016",
            "there were 1,000,000 people at the match",
            "2 + 2 = 4 and 4 + 4 = 8 and 8 + 8 = 16",
            "i was born in 2015 and my brother in 2018",
            "oh oh oh i know the answer!",
            "0 1 2 3 4 5 6 7 8 9 10 11 12",
            "ring childline on 0800 1111",
            "we raised £148.65 at the cake sale",
            "the square numbers are 1 4 9 16 25 36 49 64 81 100"})
    void letsOtherNumbersThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @Test
    void findingCoversTheWholeNumberAsTyped() {
        assertThat(matched(REASON, "ring me on 07700 900 5 1 2 ok")).containsExactly("07700 900 5 1 2");
    }

    @Test
    void digitsMissingTheFirstZeroStillCount() {
        assertThat(findings(REASON, "seven seven oh oh nine oh oh six nine nine but put 0 first")).hasSize(1);
    }
}
