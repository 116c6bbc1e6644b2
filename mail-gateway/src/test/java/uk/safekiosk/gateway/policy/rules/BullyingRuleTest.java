package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.findings;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.matched;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.gateway.policy.ReasonCode;

class BullyingRuleTest {

    private static final ReasonCode REASON = ReasonCode.BULLYING;

    @ParameterizedTest
    @ValueSource(strings = {
            "ur so dumb lol",
            "no one likes u",
            "you're such a loser",
            "everybody hates you",
            "ill punch u tomorrow",
            "you cant play with us anymore",
            "your breath stinks",
            "go away nobody wants you here",
            "you look like a pig",
            "we're going to beat you up after school",
            "you're so fat you cant run",
            "I will get you after school",
            "weirdo, go away",
            "cry baby cry baby",
            "thats so gay",
            "tell anyone and you'll regret it",
            "i'm going to show everyone the photo of you falling over",
            "your accent is so stupid"})
    void holdsUnkindWordsAimedAtTheReader(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "shut up you fat idiot",
            "you ugly little goblin",
            "ur a smelly fat pig",
            "ugly",
            "loser lol",
            "stupid stupid stupid",
            "oi smelly",
            "shut up nerd",
            "you are literally the ugliest boy in the school",
            "your ears are massive",
            "you look like a slug",
            "you weirdo nobody will ever love you",
            "you weirdo nobody wants to be your best friend"})
    void holdsNameCalling(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "everyone ignore ella tomorrow she is weird",
            "lets all stop talking to max",
            "dont let kai play football with us",
            "dont invite jess to the sleepover shes so annoying",
            "nobody is going to be your friend",
            "we made a club without you",
            "your not in the gang any more",
            "we are never sitting with you again",
            "ur out of the club now",
            "stay away from me loser",
            "you cant join cos ur a girl"})
    void holdsLeavingSomeoneOut(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "your getting battered at home time",
            "ill snap your fingers",
            "i know where u live",
            "give it back or else",
            "my cousin will beat up your brother"})
    void holdsThreats(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i filmed you crying in the toilets",
            "we all saw your pants lol",
            "i told the whole class you still have a dummy",
            "i posted your photo on the group chat"})
    void holdsHumiliation(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "you're so kind",
            "your drawing is amazing",
            "i'm so stupid i forgot my book",
            "the ugly duckling is my favourite story",
            "can you help me, this is hard",
            "i hate mondays",
            "the pig in the story was fat",
            "you're really good at maths",
            "this maths is killing me lol",
            "i'm dead 😂 that was so funny",
            "my auntie and her wife took me to the zoo",
            "we learned about families with two dads",
            "i can't wait till break",
            "you're weird but in a good way",
            "ur so silly i love it",
            "you muppet haha love you",
            "you cheeky monkey",
            "you are a legend",
            "your little sister is so cute",
            "can you cheat in minecraft",
            "lets all talk to the new girl",
            "the class went to the zoo",
            "ugly duckling is a good story",
            "we played football without the teachers"})
    void letsKindWordsAndJokesThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "you are seriously the most irritating boy ever",
            "ur literally a walking embarrassment",
            "you look so pathetic in that hat",
            "you catch like a toddler",
            "your trainers are so cheap and scruffy",
            "your ears are enormous lol",
            "not a single person in our class can stand you",
            "even your own mum is sick of you",
            "you are not allowed to sit near us",
            "they kicked you out of the team because ur rubbish",
            "ill make you pay for that",
            "youll never have any friends",
            "you have got the dumbest laugh",
            "haha pathetic"})
    void holdsPutDownsExclusionAndThreatsInNewWords(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "you are not stupid at all",
            "you smell of suncream",
            "your dad is really funny",
            "youll be sorry you missed the trip",
            "we dont want you to feel left out",
            "you cant play outside because it is raining",
            "your thick coat looks warm",
            "sorry about your poor knee",
            "this film will make you cry",
            "nobody can beat you at spelling",
            "you are so weird haha jk",
            "everyone wishes you a happy birthday",
            "nobody likes sprouts"})
    void letsFriendlyFormsOfTheSameWordsThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ur nose looks like a squashed potato",
            "ur fingers look like fat sausages lol",
            "haha ur eyebrows wiggle when u talk",
            "ur hearing aid is massive lol",
            "ur skin is so dark we cant see u in the dark"})
    void holdsMockingTheReadersLooksInNewWords(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "carrot top everyone is laughing at u",
            "spotty sam spotty sam",
            "oi bug eyes",
            "its the smelly kid again"})
    void holdsNicknamesFromFeaturesAndChants(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i told the whole class about ur nits",
            "everyone still remembers when u wet urself in year 2 lol",
            "i screenshotted ur messages and sent them to the whole class",
            "everybody heard u burp in the hall"})
    void holdsExposingWhatHappenedToTheReader(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "cry more lol",
            "boo hoo go tell ur mummy",
            "i hope u trip over in the race",
            "who even invited u lol",
            "nobody would care if u moved away",
            "ur the reason we lost every match"})
    void holdsTauntsAndIllWishing(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "even ur dog doesnt like u",
            "ur mum cant even afford school shoes",
            "u have two dads thats so gross",
            "ur whole family is broken lol",
            "nice coat did u get it from the charity shop"})
    void holdsPutDownsOfFamilyHomeAndIdentity(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ill bin ur pencil case if u sit there again",
            "if u tell sir ill rip ur book up",
            "ill get my cousin to beat u up",
            "we started a club and ur the only one not invited",
            "everyone keep her out of the group"})
    void holdsThreatsWithAConditionAndLeavingOut(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "lol ur so rubbish at uno 😂 rematch after lunch?",
            "ur terrible at chess haha me too, best of three?",
            "u cant play with my new bike yet its not ready",
            "ur hair looks like a princess",
            "ur house smells of cake yum",
            "ill save u a seat if u sit there first",
            "i told everyone about ur party, they cant wait",
            "my grandad has a hearing aid and it whistles lol",
            "baby shark baby shark",
            "i cried at the film too lol",
            "everyone laughed at ur joke",
            "who even invented homework lol"})
    void letsBanterAndLookAlikesOfTheNewShapesThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ur trainers are so cheap lol",
            "lol ur packed lunch is rotten",
            "ur jumper is so greasy 😂",
            "even my little cousin can spell better than u",
            "one more word and ur dead meat"})
    void holdsALaughAtSomethingAboutTheReader(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ur baby sister is so cute lol",
            "ur hamster is so fat haha",
            "my big brother is such a muppet lol",
            "lol so stupid my pen broke"})
    void letsLaughingAboutBabiesPetsAndOnesOwnFamilyThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ur so talented 🙄",
            "ur sooo clever said no one ever",
            "its all ur fault we lost",
            "everyone blames u for losing"})
    void holdsSarcasmAndBlame(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "its not ur fault we lost",
            "ur late again 🙄",
            "ur a genius 👏👏",
            "ur so kind, not everyone is"})
    void letsPraiseAndGrumblesThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @Test
    void findingCoversThePhrase() {
        assertThat(matched(REASON, "honestly nobody likes you")).contains("nobody likes you");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the team all decided ur not allowed at our table",
            "dont text us again freak",
            "u got booted out lol"})
    void holdsAGroupVoteOrBanThatPutsTheReaderOut(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the whole of year 3 will know what u did",
            "gonna make sure the whole class finds out",
            "wait till everyone in year 6 hears about ur diary"})
    void holdsThreatsToSpreadSomethingToAWholeYear(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "who would ever want to be ur best friend",
            "ur dad pays kids to come to ur party",
            "nobody would even want 2 b on ur team"})
    void holdsSayingNobodyWouldBeTheReadersFriendUnlessPaidOrMade(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ur the reason sir gets cross every day",
            "everyone hates sitting next to u",
            "we all groan when we get put with u"})
    void holdsBlameForAGrownUpsTemperAndHatingBeingWithTheReader(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "nobody likes a show off",
            "stop it u copycat",
            "ur not even that funny",
            "they only pretend to be ur friend"})
    void holdsWannabesCopycatsAndPretendFriendship(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we voted for ur poem",
            "ur out in tag lol",
            "i copy ur spellings",
            "we pretend to be dinosaurs",
            "ur not even late"})
    void letsVotesCopyingAndPretendPlayThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we started a group called everyone but amy",
            "the chat is full of memes about ur hair"})
    void holdsChatsMadeToLeaveOutOrMockOneChild(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "nice haircut said nobody",
            "well done u finally tied ur laces like a reception kid",
            "why are u crying again lol",
            "ur so sensitive",
            "why does ur nan wear a tea towel on her head"})
    void holdsSarcasmJokeCrueltyAndMockedReligiousDress(String text) {
        assertThat(findings(REASON, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my mum wears a hijab to work",
            "i was crying at the end of the film",
            "we made a group chat for the project"})
    void letsOwnFamilyDressAndCryingAtFilmsThrough(String text) {
        assertThat(findings(REASON, text)).isEmpty();
    }

}
