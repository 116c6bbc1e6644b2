package uk.safekiosk.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.content.ContentSource;

class QueryScreenTest {

    private static final QueryScreen SCREEN = QueryScreen.fromContent(ContentSource.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"breaststroke", "Scunthorpe United", "Dick King-Smith books", "what does gay mean",
            "puberty for kids", "the Blitz", "slavery history", "how do volcanoes kill", "bloody mary tudor queen",
            "menstruation for kids", "what is a penis", "sex of a ladybird", "naked mole rat pictures",
            "how to make a bath bomb", "knife safety in cooking", "world war 2 weapons", "blue tits nesting",
            "why did hitler hate the jews", "effects of alcohol on the body", "how to get rid of weeds",
            "heroine of the story", "baked beans", "is tiktok safe for kids", "how to make a strong password",
            "10 downing street", "vitamin b12", "what is 24 x 7", "minecraft how to craft a sword"})
    void letsHomeworkHealthAndFamilyQuestionsThrough(String query) {
        assertThat(SCREEN.screen(query)).isEqualTo(new ScreenResult(QueryVerdict.ALLOW, List.of()));
    }

    /** Typed into search as a child would write it to a person: the gateway's disclosure rule hears it. */
    @ParameterizedTest
    @ValueSource(strings = {"my step dad hits me with his belt when he is drunk",
            "nobody makes me any tea at home and im hungry every night",
            "a man on roblox wants pictures of me and says keep it secret from my mum",
            "i scratch my arms with scissors so i feel better"})
    void aDisclosureTypedIntoSearchReachesAGrownUp(String query) {
        assertThat(SCREEN.screen(query).verdict()).as(query).isEqualTo(QueryVerdict.ESCALATE);
    }

    /** The gateway's trained second opinion learnt from whole messages; a few words of a query are not one. */
    @ParameterizedTest
    @ValueSource(strings = {"black death", "boys and girls toys", "myself all about me"})
    void shortHarmlessQueriesAreNotEscalated(String query) {
        assertThat(SCREEN.screen(query).verdict()).as(query).isEqualTo(QueryVerdict.ALLOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"in pshe we learned who to tell if someone hurts you", "my dog hurt his paw on a stick",
            "story where the wolf hits the pig", "scissors safety for kids"})
    void lessonsPetsAndStoriesAboutHurtAreNotDisclosures(String query) {
        assertThat(SCREEN.screen(query).verdict()).as(query).isNotEqualTo(QueryVerdict.ESCALATE);
    }

    @ParameterizedTest
    @CsvSource({
            "porn, ADULT", "naked women, ADULT", "s*x videos, ADULT", "spicy pics, ADULT",
            "gory videos, VIOLENCE_GORE", "how to punch someone so it really hurts, VIOLENCE_GORE",
            "where to buy weed, DRUGS_ALCOHOL", "vodka shots, DRUGS_ALCOHOL", "cheap vapes, DRUGS_ALCOHOL",
            "online casino, GAMBLING", "how to win at roulette, GAMBLING", "scratch cards online, GAMBLING",
            "facebook login, SOCIAL_MEDIA", "chat with strangers, SOCIAL_MEDIA",
            "buy a gun, WEAPONS", "how to make a bomb, WEAPONS", "flick knife, WEAPONS",
            "why women are stupid, HATE", "racist jokes, HATE",
            "unblocked games, BYPASS", "turn safe search off, BYPASS", "hide browsing history, BYPASS",
            "07700 900 651, PERSONAL", "HB6 1RT, PERSONAL", "45 copper beech drive, PERSONAL",
            "imogen_draws@example.org, PERSONAL"})
    void blocksEachReasonWithItsCode(String query, QueryReason reason) {
        ScreenResult result = SCREEN.screen(query);

        assertThat(result.verdict()).isEqualTo(QueryVerdict.BLOCK);
        assertThat(result.reasons()).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"how to hurt myself", "i want to die", "my dad hits me", "ways to self harm",
            "how to starve yourself", "nobody loves me", "suicide"})
    void escalatesWhenAChildMayNeedAGrownUp(String query) {
        ScreenResult result = SCREEN.screen(query);

        assertThat(result.verdict()).isEqualTo(QueryVerdict.ESCALATE);
        assertThat(result.reasons()).contains(QueryReason.SELFHARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sucide", "suiside", "how to kil myself", "kill urself"})
    void escalatesMisspelledSelfHarm(String query) {
        assertThat(SCREEN.screen(query).verdict()).isEqualTo(QueryVerdict.ESCALATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unalive", "sewerslide", "sewer slide", "kms", "s u i c i d e", "su1c1de"})
    void readsAlgospeakSpacingAndLeetspeakForSelfHarm(String query) {
        assertThat(SCREEN.screen(query).verdict()).isEqualTo(QueryVerdict.ESCALATE);
    }

    @ParameterizedTest
    @CsvSource({"p o r n, ADULT", "p0rn, ADULT", "pr0n, ADULT", "b00bs, ADULT", "nakid ladies, ADULT",
            "cocain, DRUGS_ALCOHOL", "snapchatt, SOCIAL_MEDIA", "instagarm, SOCIAL_MEDIA", "gamblng, GAMBLING",
            "nife for sale, WEAPONS", "pr0xy, BYPASS", "SNAP CHAT, SOCIAL_MEDIA", "c a s i n o, GAMBLING"})
    void seesThroughDisguisesAndChildrensSpelling(String query, QueryReason reason) {
        assertThat(SCREEN.screen(query).reasons()).contains(reason);
    }

    @ParameterizedTest
    @CsvSource({"sexvideos, ADULT", "hotgirls, ADULT", "howtomakeabomb, WEAPONS", "unblcokedgames76, BYPASS",
            "freerobux2024, GAMBLING", "whats ap web, SOCIAL_MEDIA", "snap chatt login, SOCIAL_MEDIA"})
    void readsWordsRunTogetherOrSplitInTheWrongPlace(String query, QueryReason reason) {
        assertThat(SCREEN.screen(query).reasons()).contains(reason);
    }

    @Test
    void escalatesSelfHarmWrittenAsOneWord() {
        assertThat(SCREEN.screen("howtokillmyself").verdict()).isEqualTo(QueryVerdict.ESCALATE);
        assertThat(SCREEN.screen("iwanttodie").verdict()).isEqualTo(QueryVerdict.ESCALATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"middlesex", "sussex", "cocktailsausages", "breaststroke", "minecraftsword",
            "my pen is blue", "shootingstar", "booby trap ideas for a den"})
    void neverSplitsOrJoinsHarmlessWordsIntoAListedOne(String query) {
        assertThat(SCREEN.screen(query).allowed()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"where does my teacher live, PERSONAL", "find someones address by their name, PERSONAL",
            "free robux no verification, GAMBLING", "loot box opening sites, GAMBLING",
            "hitler was a good guy, HATE", "holocaust was a hoax, HATE", "kkk costume, HATE",
            "girls with no top on, ADULT", "apps to meet new friends online, SOCIAL_MEDIA",
            "best knife to carry for protection, WEAPONS", "how to roll a blunt, DRUGS_ALCOHOL",
            "put bleach in someones drink, VIOLENCE_GORE", "browser that isnt blocked at school, BYPASS"})
    void blocksTheShapesOfQueriesNotWrittenYet(String query, QueryReason reason) {
        ScreenResult result = SCREEN.screen(query);

        assertThat(result.verdict()).isEqualTo(QueryVerdict.BLOCK);
        assertThat(result.reasons()).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"how to stop existing", "painless way to go to sleep forever",
            "what happens if you take lots of paracetamol", "everyone would be happier if i wasnt here",
            "my uncle makes me keep secrets about touching", "cuts on my arms how to hide them from mum"})
    void escalatesIndirectWordsForWantingToDieOrBeingHurt(String query) {
        assertThat(SCREEN.screen(query).verdict()).isEqualTo(QueryVerdict.ESCALATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"where does the queen live", "where do penguins live", "how to write an address",
            "how many pills are in a pack of smarties", "how to get thin crust pizza", "how to stop eating sweets",
            "how to bet in maths probability", "faggots and peas recipe", "what does discord mean in music",
            "horrible histories gruesome romans", "how to beat my dad at chess", "are boys smarter than girls",
            "isis egyptian goddess pictures", "my mum said dont tell my brother about his birthday present",
            "how much is 800 robux"})
    void letsLookAlikesOfTheNewShapesThrough(String query) {
        assertThat(SCREEN.screen(query).allowed()).isTrue();
    }

    @Test
    void neverTakesARealWordForAMisspellingOfAListedOne() {
        assertThat(SCREEN.screen("getting ready for school").allowed()).isTrue();
        assertThat(SCREEN.screen("the heroine saves the day").allowed()).isTrue();
        assertThat(SCREEN.screen("nine for sale").allowed()).as("'nine' is not 'knife'").isTrue();
    }

    @Test
    void aHarmlessPhraseDoesNotHideAProblemBesideIt() {
        ScreenResult result = SCREEN.screen("naked mole rat and naked women");

        assertThat(result.reasons()).containsExactly(QueryReason.ADULT);
    }

    @Test
    void selfHarmIsNeverExplainedAwayAndEveryReasonIsKept() {
        ScreenResult result = SCREEN.screen("how to kill myself with a gun for sale");

        assertThat(result.verdict()).isEqualTo(QueryVerdict.ESCALATE);
        assertThat(result.reasons()).containsExactly(QueryReason.WEAPONS, QueryReason.SELFHARM);
    }

    @Test
    void anEmptyQueryIsAllowed() {
        assertThat(SCREEN.screen("").allowed()).isTrue();
        assertThat(SCREEN.screen(null).allowed()).isTrue();
    }

    @Test
    void aSchoolExtendsTheListsAndTheHarmlessPhrases(@TempDir Path dataDir) throws IOException {
        Path screen = Files.createDirectories(dataDir.resolve("content/search/screen"));
        Files.writeString(screen.resolve("gambling.txt"), "# our own\nmystery boxes\n");
        Files.writeString(screen.resolve("allow.txt"), "spicy pics of curry\n");

        QueryScreen school = QueryScreen.fromContent(ContentSource.withSchoolOverrides(dataDir));

        assertThat(school.screen("mystery boxes").reasons()).containsExactly(QueryReason.GAMBLING);
        assertThat(school.screen("spicy pics of curry").allowed()).isTrue();
        assertThat(school.screen("porn").reasons()).as("shipped lines stay").containsExactly(QueryReason.ADULT);
        assertThat(SCREEN.screen("mystery boxes").allowed()).isTrue();
    }
}
