package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.findings;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.matched;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.gateway.policy.ReasonCode;

class MeetRuleTest {

    private static final ReasonCode REASON = ReasonCode.MEET;

    @ParameterizedTest
    @ValueSource(strings = {
            "meet me at the bus stop at 4",
            "wanna come to my party on saturday its at the soft play",
            "come round mine on friday and we can play lego",
            "my mum said you can sleep over at mine",
            "lets meet at mcdonalds after school",
            "i'll see you at the park tomorrow",
            "can i come to your house after school",
            "we can hang out at the skate park later",
            "come to the cinema with us on sunday",
            "meet me outside the shop at 6",
            "do u wanna go to the cinema on sunday",
            "my mum can pick you up at 5 and we can go swimming",
            "ill be at the swings after school, come find me",
            "sleepover at mine!!",
            "after swimming we can go to mine for tea"})
    void blocksPlansToMeetOutsideSchool(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "see you in class tomorrow",
            "meet me at the library at lunch",
            "i'll see you at school tomorrow",
            "we met a police officer on our school trip",
            "i went to the park with my dad at the weekend",
            "my sister had a sleepover last night and was tired",
            "i went to my cousins party on saturday",
            "nice to meet you",
            "meet you at the reading corner at break",
            "we have to meet in the hall for the photo",
            "come and sit next to me at lunch",
            "lets go to the library at lunch",
            "the gardening club meets at lunch on fridays"})
    void letsMeetingsInSchoolAndNewsThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @Test
    void anOutsidePlaceBeatsAnInSchoolOne() {
        assertThat(findings(REASON, "meet me at the library in town on saturday")).isNotEmpty();
    }

    @Test
    void aSchoolPlaceOnADaySchoolIsShutIsOutside() {
        assertThat(findings(REASON, "lets meet at the library on sunday")).isNotEmpty();
    }

    @Test
    void findingCoversTheInvitation() {
        assertThat(matched(REASON, "hi! come to my house on saturday")).contains("come to my house");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "bring ur bike to the park saturday",
            "me and sam will be there at the rec from 4",
            "come up to my flat tonight"})
    void blocksBringingSomethingToAnOutsidePlaceOrSayingWhoWillBeThere(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "bring ur book to the reading corner at break",
            "bring ur scooter to school its scooter day",
            "me and sam will be in the hall at lunch"})
    void letsBringingThingsToSchoolPlacesThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

}
