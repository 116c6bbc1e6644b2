package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.findings;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.matched;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.gateway.policy.ReasonCode;

class PasswordRuleTest {

    private static final ReasonCode REASON = ReasonCode.PASSWORD;

    @ParameterizedTest
    @ValueSource(strings = {
            "my password is bluecat12",
            "whats your pin",
            "tell me your password please",
            "my ipad passcode is 2580",
            "the wifi password is sunnyday",
            "my login is ellie.k and my password is horse",
            "you can use my password if you want",
            "pin: 4321",
            "my phone code is 0000",
            "pw: tigers4ever",
            "i'll tell u my password if u tell me yours",
            "my phone pin is nine nine one one",
            "username is sam.t and password is tiger77"})
    void blocksSharingOrAskingForPasswords(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i forgot my password for purple mash",
            "miss said never tell anyone your password",
            "a strong password has numbers and symbols",
            "we made passwords in computing today",
            "i drew a pin on the map",
            "can you pass me the ball",
            "we learned how to make a strong password",
            "i forgot my password again lol miss had to reset it",
            "passwords should be long and secret",
            "what is a password?"})
    void letsTalkAboutPasswordsThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @Test
    void findingCoversThePhrase() {
        assertThat(matched(REASON, "ok so my password is x")).contains("my password is");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the password to get into our base on the minecraft server is carrots",
            "to get on my brothers laptop just type 7 7 3 1",
            "the key safe at my grans is 9 9 1 2",
            "the wifi password at my dads is bananas",
            "u get in the front door by pressing 4 5 6"})
    void blocksThePasswordOrCodeToGetIntoAPlaceOrDeviceHoweverFarFromIs(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the password for the class game is on the whiteboard",
            "my login for the school laptop stopped working",
            "the password for times tables rockstars is in ur reading record"})
    void letsWhereAPasswordIsKeptOrThatItBrokeThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "whats the pin for ur dads phone",
            "to unlock my ipad its a z"})
    void blocksAskingForTheCodeOfSomeoneElsesThingAndUnlockShapesInLetters(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "heres my minecraft login so u can build for me",
            "dm me ur fortnite password",
            "the entry code for my nans flats is 4 4 0 9"})
    void blocksHandingOverALogInAndEntryCodesForBuildings(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }
}
