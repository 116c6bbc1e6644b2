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
            "if i went to be with my cousins at the weekend would you feed my fish",
            "no one would cry at that film its not even sad",
            "i had to stand outside in the cold waiting for the bus this morning brrr",
            "mum sent me outside to play in the snow and i made a snowman",
            "dad sent me out in the garden at night to look at the stars with his telescope",
            "we were left at the museum for ages cos the coach was late",
            "we waited in the car outside the club while dad played snooker for a bit",
            "i got good marks on my spelling test so mum let me stay off school... joking!",
            "grandads funeral is tomorrow and mum says im too little but i want to go too",
            "i could sleep forever like a sloth lol"})
    void everydayColdLateCoachesFuneralsAndGoodMarksAreNotDisclosures(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "they put me out in the yard in the cold when i wet the bed",
            "i had to stay outside with no shoes till it got dark",
            "we got left in the car outside the bookies for hours again",
            "mum keeps me off school till the bruises go",
            "if i went to be with grandma no one would even cry",
            "since my dog died i just want to be with him again"})
    void escalatesBeingPutOutHiddenMarksAndWantingToFollowSomeoneWhoDied(String text) {
        assertThat(disclosed(text)).isNotEmpty();
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

    @ParameterizedTest
    @ValueSource(strings = {
            "the red lines on my back are from his belt",
            "my nan hit me with the tv remote",
            "mums new fella chucks his beer cans at us when hes mad",
            "my uncle pressed my hand on the radiator",
            "he smashes up the kitchen when he has had beer",
            "step dad said hed snap my neck if i cried",
            "dad said stop crying or he will give me something to cry about",
            "i get smacked with the hairbrush if my room is messy"})
    void escalatesHarmWithThingsAndThreats(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my dad whacked the wasp with a wooden spoon lol",
            "mum threw a ball at us in the garden and we caught it",
            "my nan presses the iron on my school shirt every morning",
            "my uncle smashed the wall down to make the kitchen bigger",
            "my brother says hell smash me at fifa tonight",
            "mum said she will kill me if i lose another coat"})
    void letsChoresGamesAndIdiomsWithTheSameWordsThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @Test
    void aCoverStoryToldToSchoolExcusesNothing() {
        assertThat(disclosed("the bruises on my legs are from dads belt, i told miss i fell off my bike"))
                .isNotEmpty();
        assertThat(disclosed("the bruise on my knee is from football")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i took lots of my mums pills and felt sick",
            "i throw up my tea on purpose every night",
            "i drew on my arm with a blade",
            "i punched my legs till they went purple",
            "i want to starve myself until i look like a model"})
    void escalatesSelfHarmWithThingsAndOnPurpose(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my nan takes loads of tablets for her heart",
            "my sister fell off the sofa on purpose to make us laugh",
            "i cut my finger on the pencil sharpener blade by accident",
            "i want to stop eating sweets because they are bad for my teeth"})
    void letsMedicineAccidentsAndHealthyEatingThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "does it hurt to drown. i might try it in the bath",
            "what happens if u stop breathing. i want to try it",
            "what would happen if i took all my nans tablets",
            "i stand on the bridge on the way home and think about falling in"})
    void escalatesAskingHowToDieAndThinkingOfFalling(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "what happens if you die in minecraft. i want to try hardcore mode",
            "does it hurt to get your ears pierced. i might try it",
            "we learned what happens if you stop breathing in first aid",
            "i stood on the bridge and watched the boats"})
    void letsQuestionsAboutGamesAndBodiesThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "can i talk to u tomorow about something bad. its about my step dad. im scared",
            "can i tell you something bad tomorrow. its about my uncle"})
    void escalatesAnObliqueAskWithSomeoneOrFearNearby(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "can i tell you something bad, i lost my reading book again",
            "something scary happened in my dream last night",
            "can i talk to you about something scary i watched on youtube",
            "can i speak to you about something at home, my hamster had babies"})
    void letsObliqueAsksAboutEverydayThingsThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my mum says shes going to kill herself and i have to watch her so she doesnt",
            "dad says he is going to kill himself if mum leaves",
            "mum cuts herself and i have to help clean it up"})
    void escalatesAGrownUpAtHomeWhoWantsToDie(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a grown up i met in a game sent me loads of gems and said i owe him a photo in my pjs",
            "someone on tiktok live asked me to show my feet and my bedroom",
            "my friend online is an adult and says we are in love",
            "these bigger boys said i owe them now and i have to hold stuff in my bag for them",
            "someone on discord said he'll share my photo with everyone unless i send more"})
    void escalatesGiftsThatMakeADebtAndAsksToShowTheBody(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my friend online sent me a skin in minecraft",
            "someone on roblox asked me to show them my house build",
            "i owe him a sweet because he lent me a pencil"})
    void letsGiftsBetweenPlayersAndShowingGameBuildsThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my tooth has hurt for weeks and its gone black but mum says we cant be bothered with the dentist",
            "mum doesnt pick me up from after school club anymore and i walk home in the dark",
            "our electric has been off for days and its freezing",
            "i have to sleep in the hall because there is no bed for me"})
    void escalatesNeglectWithoutACarerWord(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my tooth has hurt for weeks so mum took me to the dentist and now its better",
            "mum wont take me to the doctor because its only a cold",
            "i sleep on the floor in a sleeping bag at sleepovers",
            "i wish i could stay in bed all day on saturday"})
    void letsCareAndLazyDaysThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i nicked my leg with the scissors last night. i wear trousers so mum wont see",
            "i keep picking at my wrist with a pin, nobody has noticed",
            "i pressed a hot spoon on my arm and hid it under my hoodie"})
    void escalatesAMarkMadeOnOneselfThatIsHidden(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i scratched my arm on the brambles so i wear long sleeves on the walk",
            "i scratched my leg when we played tag",
            "i wear my jumper so no one sees the stain on my shirt"})
    void letsAccidentsAndUnmarkedHidingThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "can i speak to you on monday. its about stuff at home",
            "i really need help and i dont know how to put it",
            "please can i talk to someone, i dont want my mum to get taken away"})
    void escalatesAnAskForHelpWithASecondAsk(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "can i talk to you about something bad, i broke the class pencil sharpener",
            "i need help with my spellings, its not about school its for brownies",
            "can i talk to you tomorrow about the trip"})
    void letsOneAskOrAnAskAboutSchoolWorkThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "when the social worker comes i have to hide in the wardrobe",
            "they make me hide under the bed when somebody knocks",
            "mum keeps me off school till the bruises go",
            "dad put me out on the doorstep in my pjs when i was naughty",
            "my step dad sends me in the back garden in the dark as a punishment",
            "we waited in the car outside the bookies all afternoon",
            "i wish i could be with my grandad in the clouds",
            "since nanny passed away i want to go where shes gone too",
            "my uncle drinks all day and i have to feed my little sister"})
    void escalatesRoundNineShapesInNewWords(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "when visitors come we play hide and seek in the wardrobe",
            "i was off school with a bruise from netball",
            "we played in the back garden till it got dark",
            "mum waited in the car outside the shop for two minutes",
            "my grandad is in heaven and i miss him",
            "my nan passed away and we went to her funeral",
            "dad comes in my room when everyone is asleep to turn my light off",
            "i make my little sister toast on saturdays for a treat"})
    void letsRoundNineLookAlikesThrough(String text) {
        assertThat(disclosed(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my step nan locks the cupboards so we cant eat anything",
            "dad wont let me back in the house when im late",
            "my stepmum lets me go hungry when im naughty",
            "mum says i have to tell the teacher everything is ok at home",
            "my foster dad says if i tell anyone i will be taken away",
            "my uncle stands in my doorway at night and i pretend to sleep",
            "i want to go up to heaven to be with my mummy",
            "if i was gone nobody would even miss me",
            "i feel sick when i go to my dads cos his mate is there",
            "i been by myself at home since friday"})
    void escalatesFoodLockedAwayToldWhatToSayWatchedAtNightAndFollowingTheDead(String text) {
        assertThat(disclosed(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mum locks the fridge so the dog cant get the ham",
            "mum locks the fridge so my little brother doesnt eat all the yoghurts",
            "i want to go to the stars when im an astronaut",
            "i feel sick when i go on the waltzers at the fair",
            "i have been by myself in my room doing lego",
            "i feel like nobody would notice if i wore odd socks"})
    void letsTheirLookAlikesThrough(String text) {
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
