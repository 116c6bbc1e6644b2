package uk.safekiosk.gateway.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safekiosk.content.ContentSource;

class TextNormaliserTest {

    private static final TextNormaliser NORMALISER = TextNormaliser.fromContent(ContentSource.defaults());

    private static List<String> words(String text) {
        return NORMALISER.normalise(text).words().stream().map(Token::text).toList();
    }

    private static List<String> joined(String text) {
        return NORMALISER.normalise(text).joinedWords().stream().map(Token::text).toList();
    }

    private static List<String> numbers(String text) {
        return NORMALISER.normalise(text).numbers().stream().map(NumberRun::digits).toList();
    }

    @ParameterizedTest
    @CsvSource({
            "sh1t, shit",
            "b0llocks, bollocks",
            "tw4t, twat",
            "a$$, ass",
            "d!ck, dick",
            "5hit, shit",
            "ph0ne, phone",
            "l0la_l0ves, lola"})
    void undoesLeetspeakInsideWords(String written, String expected) {
        assertThat(words(written).getFirst()).isEqualTo(expected);
    }

    @Test
    void leavesNumbersOnTheirOwnAlone() {
        assertThat(words("5 @ 10p = 50p and 2024")).contains("5", "2024");
    }

    @Test
    void punctuationAfterAWordIsNotALetter() {
        assertThat(words("wow! hello. mine!!")).containsExactly("wow", "hello", "mine");
    }

    @Test
    void lowerCasesAndStripsAccents() {
        assertThat(words("FÜCK Café ÑAME")).containsExactly("fuck", "cafe", "name");
    }

    @Test
    void mapsLookAlikeLettersFromOtherAlphabets() {
        // Cyrillic ѕ and һ, Greek ο
        assertThat(words("ѕһit bοllocks")).containsExactly("shit", "bollocks");
    }

    @Test
    void turnsFancyAndFullWidthLettersIntoPlainOnes() {
        assertThat(words("𝐟𝐮𝐜𝐤 ｓｈｉｔ")).containsExactly("fuck", "shit");
    }

    @Test
    void dropsInvisibleCharactersInsideWords() {
        assertThat(words("sh\u200Bi\u200Dt")).containsExactly("shit");
    }

    @Test
    void keepsStarsThatHideLetters() {
        assertThat(words("f**k and sh*t")).containsExactly("f**k", "and", "sh*t");
    }

    @Test
    void joinsLettersSpacedOrDottedApart() {
        assertThat(joined("s.h.i.t")).containsExactly("shit");
        assertThat(joined("f u c k off")).containsExactly("fuck", "off");
        assertThat(joined("t-i-k-t-o-k")).containsExactly("tiktok");
    }

    @Test
    void doesNotJoinLettersSpacedDifferently() {
        assertThat(joined("s.h.i.t f u c k")).containsExactly("shit", "fuck");
    }

    @Test
    void plainWordsAreTheSameListWhenNothingIsSpacedOut() {
        NormalisedText text = NORMALISER.normalise("hello there");
        assertThat(text.hasJoinedWords()).isFalse();
        assertThat(text.joinedWords()).isSameAs(text.words());
    }

    @Test
    void rewritesTextSpeakToOneSpelling() {
        assertThat(words("u r so mean")).containsExactly("your", "so", "mean");
        assertThat(words("no1 likes ya")).containsExactly("nobody", "likes", "you");
        assertThat(words("you're")).containsExactly("your");
    }

    @Test
    void emojiAreWordsOfTheirOwn() {
        assertThat(words("🖕to homework")).containsExactly("🖕", "to", "homework");
    }

    @Test
    void colonsAndArrowsReadAsIs() {
        assertThat(words("snap → kai pw: x")).containsExactly("snap", ":", "kai", "pw", ":", "x");
    }

    @Test
    void wordSpansPointAtTheOriginalText() {
        String original = "OMG ѕh1t!";
        NormalisedText text = NORMALISER.normalise(original);
        Token shit = text.words().get(1);
        assertThat(text.slice(shit.start(), shit.end())).isEqualTo("ѕh1t");
    }

    @Test
    void sentencesAreCounted() {
        NormalisedText text = NORMALISER.normalise("meet me. at the park\nnow");
        assertThat(text.words().stream().map(Token::sentence).toList()).containsExactly(0, 0, 1, 1, 1, 2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "07700 900 123 | 07700900123",
            "oh seven seven oh oh nine oh oh one two three | 07700900123",
            "oh double seven, double oh, nine | 077009",
            "treble seven | 777",
            "O7700 9O0 6O8 | 07700900608",
            "07700\\n900\\n123 | 07700900123",
            "(020) 7946-0881 | 02079460881",
            "07700 . 900 . 746 | 07700900746",
            "0 seven 7 0 0 nine | 077009",
            "07700 900 (then) 9 8 1 | 07700900981",
            "07700/900/123 | 07700900123",
            "seven seven oh oh nine hundred one two three | 7700900123"})
    void readsNumbersHoweverTheyAreWritten(String written, String digits) {
        assertThat(numbers(written.replace("\\n", "\n"))).containsExactly(digits);
    }

    @Test
    void readsKeycapEmojiAsDigits() {
        assertThat(numbers("0️⃣7️⃣7️⃣0️⃣0️⃣")).containsExactly("07700");
    }

    @Test
    void plusBeforeDigitsIsKept() {
        DigitGroup first = NORMALISER.normalise("+44 7700").numbers().getFirst().groups().getFirst();
        assertThat(first.plus()).isTrue();
        assertThat(first.digits()).isEqualTo("44");
    }

    @Test
    void signsOfSumsSplitNumbers() {
        assertThat(numbers("7 x 8 = 56")).containsExactly("7", "8", "56");
        assertThat(numbers("lunch at 12:15")).containsExactly("12", "15");
    }

    @Test
    void ordinaryWordsAreNotDigits() {
        assertThat(numbers("oh my days, one of them won")).containsExactly("0", "1");
        assertThat(numbers("hello class")).isEmpty();
    }

    @Test
    void numberSpansPointAtTheOriginalText() {
        String original = "ring oh seven seven";
        NumberRun run = NORMALISER.normalise(original).numbers().getFirst();
        assertThat(original.substring(run.groups().getFirst().start(), run.groups().getLast().end()))
                .isEqualTo("oh seven seven");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "umar at example dot org | umar@example.org",
            "kezia (at) example.com | kezia@example.com",
            "luca [at] example [dot] org | luca@example.org",
            "maisie . m @ example . com | maisie.m@example.com",
            "OPHELIA AT EXAMPLE DOT COM | ophelia@example.com",
            "Z A R A @ E X A M P L E . C O M | zara@example.com"})
    void linkViewPutsSpelledOutAddressPunctuationBack(String written, String expected) {
        assertThat(NORMALISER.normalise(written).linkView().text()).isEqualTo(expected);
    }

    @Test
    void linkViewSpansPointAtTheOriginalText() {
        String original = "mail tom at example dot com";
        LinkView view = NORMALISER.normalise(original).linkView();
        int at = view.text().indexOf("tom");
        assertThat(original.substring(view.originalStart(at), view.originalEnd(view.text().length())))
                .isEqualTo("tom at example dot com");
    }
}
