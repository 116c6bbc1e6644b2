package uk.safekiosk.content.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;

class ReadingEaseTest {

    @Test
    void countsSyllablesOfWordsWhoseSpellingMisleads() {
        Map<String, Integer> dictionary = Map.ofEntries(
                Map.entry("cat", 1), Map.entry("the", 1), Map.entry("make", 1), Map.entry("private", 2),
                Map.entry("table", 2), Map.entry("people", 2), Map.entry("centre", 2), Map.entry("jumped", 1),
                Map.entry("wanted", 2), Map.entry("makes", 1), Map.entry("places", 2), Map.entry("settled", 2),
                Map.entry("idea", 3), Map.entry("radio", 3), Map.entry("nation", 2), Map.entry("special", 2),
                Map.entry("doing", 2), Map.entry("worrying", 3), Map.entry("something", 2), Map.entry("careful", 2),
                Map.entry("everything", 3), Map.entry("science", 2), Map.entry("easier", 3), Map.entry("league", 1),
                Map.entry("grown-up", 2), Map.entry("don't", 1), Map.entry("OK", 2), Map.entry("prism", 2));

        dictionary.forEach((word, syllables) -> assertThat(ReadingEase.syllables(word)).as(word)
                .isEqualTo(syllables));
    }

    @Test
    void agreesWithThePronouncingDictionaryOnTheWordsOurTextsUse() {
        Map<String, Integer> dictionary = PronouncingDictionary.load();
        Set<String> childWords = new HashSet<>();
        new ChildTexts(ContentSource.defaults()).all("en").forEach(t ->
                ReadingEase.words(t.text()).forEach(w -> childWords.add(w.toLowerCase(Locale.ROOT))));
        childWords.retainAll(dictionary.keySet());

        double onChildTexts = PronouncingDictionary.agreement(dictionary, childWords);
        double onEverything = PronouncingDictionary.agreement(dictionary, dictionary.keySet());

        assertThat(childWords).hasSizeGreaterThan(200);
        assertThat(dictionary).hasSizeGreaterThan(5000);
        assertThat(onChildTexts).isGreaterThanOrEqualTo(0.97);
        assertThat(onEverything).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void scoresWithTheFleschFormula() {
        // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 1
        assertThat(ReadingEase.score("The cat sat on the mat.").readingEase()).isCloseTo(116.145, within(0.001));
        // 9 words, 2 sentences, 10 syllables (only "wa-ter" has two)
        ReadingEase.Score two = ReadingEase.score("Water is wet. The sea is big and blue!");
        assertThat(two.words()).isEqualTo(9);
        assertThat(two.sentences()).isEqualTo(2);
        assertThat(two.syllables()).isEqualTo(10);
        assertThat(two.readingEase()).isCloseTo(206.835 - 1.015 * 4.5 - 84.6 * 10 / 9, within(0.001));
    }

    @Test
    void longWordsAndLongSentencesScoreLower() {
        double plain = ReadingEase.score("Tell a grown-up if you are sad.").readingEase();
        double wordy = ReadingEase.score("Communicate with a responsible adult regarding uncomfortable experiences.")
                .readingEase();

        assertThat(wordy).isLessThan(0).isLessThan(plain);
        assertThat(plain).isGreaterThan(90);
    }

    @Test
    void splitsSentencesAtEndMarksAndCountsTheLongest() {
        ReadingEase.Score score = ReadingEase.score("Hello, Sam! Phone numbers are private — take it out. Go");

        assertThat(ReadingEase.sentences("Hello, Sam! Phone numbers are private — take it out. Go"))
                .containsExactly("Hello, Sam!", "Phone numbers are private — take it out.", "Go");
        assertThat(score.sentences()).isEqualTo(3);
        assertThat(score.longestSentence()).isEqualTo(7);
        assertThat(ReadingEase.words("It's 10 o'clock, grown-ups")).containsExactly("It's", "o'clock", "grown-ups");
    }
}
