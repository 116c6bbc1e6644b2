package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.matchedBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.text.TextNormaliser;

/** The disclosure rule on its own: cues put together into shapes, and what undoes them. */
class DisclosureRuleTest {

    private static List<String> disclosed(String text) {
        return matchedBy("disclosure", text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my step mum thumps me when my dad goes to work",
            "nana wallops me with her slipper",
            "mums new fella slammed me against the fridge",
            "the babysitter pinned me down and sat on me",
            "my foster dad squeezes my arm till it goes red",
            "he kicks me under the table every single day",
            "i get a hiding if i spill anything",
            "my dads girlfriend chucked a cup at me",
            "i have a big bruise on my leg from my step dad"})
    void escalatesHarmFromSomeoneInWordsNoListWasWrittenFor(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @Test
    void thePersonMayBeInTheSentenceBefore() {
        assertThat(disclosed("my uncle stays with us now. i get whacked")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i got whacked by a branch on the walk",
            "the goalie kicked me by mistake",
            "my dad hit a six at the village cricket",
            "my uncle beat me at chess again",
            "my grandad pinched my nose and said got your nose",
            "dad kicked me the ball in the garden",
            "my brother hurt his knee at football",
            "mum hurt her back carrying the shopping"})
    void letsHarmWithNobodyBehindItOrInAGameThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my step dad never hits me",
            "nobody hurts me at home",
            "my nan doesnt smack me she is lovely"})
    void aNegationJustBeforeTheHarmUndoesIt(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @Test
    void aCoverStoryIsNotAnAccident() {
        assertThat(disclosed("mums boyfriend shoved me down the stairs and said to say i tripped")).isNotEmpty();
        assertThat(disclosed("i tripped on the stairs and my mum put a plaster on")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i am petrified of my stepdad",
            "i hide under the stairs when they fight",
            "i go and hide in the wardrobe when my dad gets home",
            "please dont make me go home i get scared at night"})
    void escalatesFearOfSomeoneOrOfHome(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "im scared of the dark in the story",
            "my dad is scared of spiders",
            "im scared my dad will be cross i lost my jumper",
            "im scared of the test. my dad is helping me revise",
            "i was scared on the ghost train with my uncle"})
    void letsEverydayFearsThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my step dad made me promise not to tell",
            "im not allowed to tell anyone what happens at home"})
    void escalatesSecretsAboutHome(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mum told me to keep it a secret that we are getting a kitten",
            "dad said not to tell mum about her birthday present",
            "if i tell you a secret promise not to laugh"})
    void letsNiceSecretsThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "there was nothing to eat again all weekend",
            "no tea last night and no breakfast this morning",
            "mum hasnt been home since tuesday and we have no food",
            "nobody washes my clothes",
            "we dont have any beds we sleep on the floor"})
    void escalatesGoingWithout(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we had no food at the picnic because we forgot the bag",
            "there was no dinner at home because we went out for pizza",
            "my dad sleeps all day because he works nights",
            "i was home alone for ten minutes while mum went to the shop",
            "i have to feed my fish every morning"})
    void letsOrdinaryDaysThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i scratch myself with a paperclip when im upset",
            "i keep pinching my legs till they go purple",
            "i wear long sleeves so nobody sees my scars",
            "i havent eaten for two days so i get skinny"})
    void escalatesHurtingOrStarvingThemselves(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i hurt myself on the trampoline but im fine now",
            "i scratched myself on the rose bush",
            "i hit myself in the face with the ball lol"})
    void letsAccidentsThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i dont want to exist anymore",
            "sometimes i think about not waking up",
            "my family would be calmer if i just disappeared",
            "i feel like im a burden to everyone",
            "i keep thinking about jumping off the multi storey"})
    void escalatesWantingToBeGone(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i ate so much i wanted to die lol",
            "i think about dying my hair blue",
            "i dont want to live in this town when im older",
            "i wrote a goodbye card for mrs ali because she is leaving"})
    void letsJokesAndOtherMeaningsThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a man on roblox keeps messaging me. he says i am pretty. he wants pics",
            "this lady in my fortnite group said she would buy me vbucks if i send a selfie lol",
            "someone i met on discord wants to meet up and said not to tell my mum"})
    void escalatesGroomingAcrossTheMessageAndEvenInGames(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @Test
    void groomingNeedsNoStrangerWhenContactIsHiddenFromParents() {
        assertThat(disclosed("he keeps asking me to go on camera when my dad is at work")).isNotEmpty();
        assertThat(disclosed("he keeps asking me to go on camera for the class assembly")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my step dad calls me a waste of space",
            "mum keeps saying she wishes i was never born",
            "dad punched my mum and the police came",
            "my mum has a black eye again"})
    void escalatesHurtfulWordsAndHarmSeenAtHome(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my online friend wants a screenshot of my minecraft base",
            "in pshe we learned that if someone online asks for photos you tell a grown up",
            "the man at the shop gave me a free lolly because it was my birthday"})
    void letsHarmlessPicturesLessonsAndKindStrangersThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @Test
    void findingCoversTheCueAndItsContext() {
        assertThat(disclosed("yesterday my step dad whacks me again")).containsExactly("step dad whacks me");
    }

    @Test
    void aSchoolCanAddItsOwnCueWords(@TempDir Path dataDir) throws IOException {
        String text = "my swim teacher wallops me";
        Path people = dataDir.resolve("content/gateway/disclosure-person.txt");
        Files.createDirectories(people.getParent());
        Files.writeString(people, "# our own\nswim teacher\n");
        ContentSource school = ContentSource.withSchoolOverrides(dataDir);
        GatewayRule rule = GatewayRules.fromContent(school, TextNormaliser.fromContent(school)).stream()
                .filter(r -> r.id().equals("disclosure")).findFirst().orElseThrow();

        List<Finding> found = rule.inspect(MessageView.ofPlainText("pupil@school", List.of("t@school"), "", text));

        assertThat(disclosed(text)).isEmpty();
        assertThat(found).extracting(Finding::matched).containsExactly("swim teacher wallops me");
    }

    @Test
    void everyCueHasAShippedList() {
        for (Cue cue : Cue.values()) {
            assertThat(ContentSource.defaults().listLines(cue.path())).as(cue.path()).isNotEmpty();
        }
    }
}
