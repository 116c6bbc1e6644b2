package uk.safekiosk.gateway.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.text.PhraseList.Stars;

class PhraseListTest {

    private static final TextNormaliser NORMALISER = TextNormaliser.fromContent(ContentSource.defaults());

    private static List<String> found(List<String> lines, String text) {
        return found(PhraseList.compile("test.txt", lines, NORMALISER, PhraseGroups.none(), Stars.MATCH), text);
    }

    private static List<String> found(PhraseList list, String text) {
        return list.find(NORMALISER.normalise(text)).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(found(List.of("ass"), "our class went to the grass")).isEmpty();
        assertThat(found(List.of("ass"), "kiss my a$$")).containsExactly("a$$");
    }

    @Test
    void stretchedLettersMatchButMissingLettersDoNot() {
        assertThat(found(List.of("shit"), "shiiiiit")).containsExactly("shiiiiit");
        assertThat(found(List.of("ass"), "as if")).isEmpty();
        assertThat(found(List.of("ass"), "asssss")).containsExactly("asssss");
    }

    @Test
    void starsInAnEntryMatchLongerWords() {
        assertThat(found(List.of("fuck*"), "fucking hell")).containsExactly("fucking");
        assertThat(found(List.of("*shit"), "total bullsh1t")).containsExactly("bullsh1t");
        assertThat(found(List.of("*fuck*"), "motherfuckers")).containsExactly("motherfuckers");
    }

    @Test
    void starsInTheTextStandForHiddenLetters() {
        assertThat(found(List.of("fuck*"), "f**k off and f***ing")).containsExactly("f**k", "f***ing");
        assertThat(found(List.of("bitch"), "b*tch")).containsExactly("b*tch");
        assertThat(found(List.of("bitch"), "5 * 3")).isEmpty();
    }

    @Test
    void starsAreIgnoredWhereTheListSaysSo() {
        PhraseList list = PhraseList.compile("t", List.of("fuck"), NORMALISER, PhraseGroups.none(), Stars.IGNORE);
        assertThat(found(list, "f**k")).isEmpty();
    }

    @Test
    void phrasesMatchWordForWordAfterNormalising() {
        assertThat(found(List.of("nobody likes you"), "no1 likes u")).containsExactly("no1 likes u");
        assertThat(found(List.of("nobody likes you"), "nobody really likes you")).isEmpty();
    }

    @Test
    void groupsOfferAlternatives() {
        List<String> lines = List.of("@pet = cat | dog | guinea pig", "my @pet");
        assertThat(found(lines, "my guinea pig and my dog")).containsExactly("my guinea pig", "my dog");
    }

    @Test
    void groupsMixingStarredAndPlainWordsTryBoth() {
        List<String> lines = List.of("@mean = nasty | *horrible | big meanie", "so @mean");
        assertThat(found(lines, "so nasty")).hasSize(1);
        assertThat(found(lines, "so horrible")).hasSize(1);
        assertThat(found(lines, "so big meanie")).hasSize(1);
        assertThat(found(lines, "so kind")).isEmpty();
    }

    @Test
    void optionalGroupsMayBeLeftOut() {
        List<String> lines = List.of("@so = so | really", "you are @so? mean");
        assertThat(found(lines, "you are mean")).hasSize(1);
        assertThat(found(lines, "you are so mean")).hasSize(1);
    }

    @Test
    void aGapStandsForUpToThreeWords() {
        List<String> lines = List.of("your ~ stupid");
        assertThat(found(lines, "your accent is so stupid")).hasSize(1);
        assertThat(found(lines, "your big red coat is very stupid")).isEmpty();
    }

    @Test
    void aDoubleGapStandsForUpToEightWords() {
        List<String> lines = List.of("uncle ~~ hurts me");
        assertThat(found(lines, "my uncle who lives with us when mum works hurts me")).hasSize(1);
        assertThat(found(lines, "my uncle came round and we all went to the park and then a dog hurts me")).isEmpty();
    }

    @Test
    void caretAnchorsAnEntryToTheStartOfASentence() {
        List<String> lines = List.of("^ ugly $");
        assertThat(found(lines, "ugly")).containsExactly("ugly");
        assertThat(found(lines, "go away. ugly")).containsExactly("ugly");
        assertThat(found(lines, "the duckling was ugly")).isEmpty();
        assertThat(found(lines, "ugly duckling")).isEmpty();
    }

    @Test
    void hashStandsForANumber() {
        assertThat(found(List.of("pin #"), "pin 4321")).containsExactly("pin 4321");
        assertThat(found(List.of("pin #"), "pin it")).isEmpty();
    }

    @Test
    void phrasesDoNotReachIntoTheNextSentence() {
        assertThat(found(List.of("meet me"), "come meet. me too")).isEmpty();
    }

    @Test
    void sharedGroupsCanBeUsedByAnyList() {
        PhraseGroups groups = PhraseGroups.parse("groups.txt", List.of("@you = you | ya"), NORMALISER);
        PhraseList list = PhraseList.compile("t", List.of("hate @you"), NORMALISER, groups, Stars.IGNORE);
        assertThat(found(list, "i hate ya")).containsExactly("hate ya");
    }

    @Test
    void anUnknownGroupFailsWithTheFileNamed() {
        assertThatThrownBy(() -> found(List.of("hate @nobody"), "x"))
                .hasMessageContaining("test.txt").hasMessageContaining("@nobody");
    }

    @Test
    void matchesSpacedOutWordsToo() {
        assertThat(found(List.of("shit"), "oh s h i t")).containsExactly("s h i t");
    }

    @Test
    void entriesSharingAFirstWordAreTriedOnlyWhereTheSecondFits() {
        List<String> lines = List.of("you smell", "you", "you suck", "^ you $");
        PhraseList list = PhraseList.compile("t", lines, NORMALISER, PhraseGroups.none(), Stars.MATCH);

        assertThat(list.find(NORMALISER.normalise("you smell")))
                .extracting(PhraseMatch::entry).containsExactly("you smell", "you");
        assertThat(list.find(NORMALISER.normalise("you")))
                .extracting(PhraseMatch::entry).containsExactly("you", "^ you $");
        assertThat(list.find(NORMALISER.normalise("hey you s**k")))
                .extracting(PhraseMatch::entry).containsExactly("you", "you suck");
        assertThat(list.find(NORMALISER.normalise("you. smell")))
                .extracting(PhraseMatch::entry).containsExactly("you", "^ you $");
    }

    @Test
    void aGroupOfPhrasesIndexesEveryFirstTwoWords() {
        List<String> lines = List.of("@who = my mum | my dad | step dad", "@who hits me");

        assertThat(found(lines, "my dad hits me")).containsExactly("my dad hits me");
        assertThat(found(lines, "step dad hits me")).containsExactly("step dad hits me");
        assertThat(found(lines, "my nan hits me")).isEmpty();
    }

    @Test
    void joinedListsKeepEachEntrysFileAndOrder() {
        PhraseList first = PhraseList.compile("first.txt", List.of("scared", "hits me"), NORMALISER);
        PhraseList second = PhraseList.compile("second.txt", List.of("my dad"), NORMALISER);

        List<PhraseMatch> found = first.plus(second).find(NORMALISER.normalise("my dad hits me, im scared"));

        assertThat(found).extracting(PhraseMatch::list)
                .containsExactly("second.txt", "first.txt", "first.txt");
        assertThat(found).extracting(PhraseMatch::entry).containsExactly("my dad", "hits me", "scared");
    }
}
