package uk.safekiosk.content.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch reading ease of an English text: {@code 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)}.
 * 100 is very easy; 80-90 is "easy" (about age 7-8 and up); below 60 needs a secondary-school reader.
 *
 * <p>Words are runs of letters (an apostrophe or hyphen inside a word keeps it one word: "don't", "grown-up").
 * Numbers are not words. A sentence ends at {@code .}, {@code !} or {@code ?}; a text with no end mark (a label such
 * as "Log out") is one sentence.
 *
 * <p>Syllables are counted with a spelling heuristic, not a dictionary (see {@link #syllables(String)}); its accuracy
 * on the words our texts use is measured against the CMU Pronouncing Dictionary in {@code ReadingEaseTest}.
 */
public final class ReadingEase {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’-][A-Za-z]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$|[\"”’)])");

    private ReadingEase() {
    }

    /** The figures of one text. */
    public record Score(int words, int sentences, int syllables, int longestSentence) {

        public double readingEase() {
            return words == 0 ? 100.0
                    : 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
        }
    }

    public static Score score(String text) {
        List<String> sentences = sentences(text);
        int words = 0;
        int syllables = 0;
        int longest = 0;
        int counted = 0;
        for (String sentence : sentences) {
            List<String> found = words(sentence);
            if (found.isEmpty()) {
                continue;
            }
            counted++;
            words += found.size();
            longest = Math.max(longest, found.size());
            for (String word : found) {
                syllables += syllables(word);
            }
        }
        return new Score(words, Math.max(counted, 1), syllables, longest);
    }

    public static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int from = 0;
        while (end.find()) {
            sentences.add(text.substring(from, end.end()).strip());
            from = end.end();
        }
        String rest = text.substring(from).strip();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * Syllables by spelling, the usual heuristic for readability formulas, with a few rules for common English
     * endings:
     * <ol>
     *   <li>a hyphenated word is the sum of its parts; apostrophes are dropped ("don't" is "dont"); a word of two or
     *       three capitals is said letter by letter ("OK", "UK": one syllable each);</li>
     *   <li>each run of vowels (a, e, i, o, u, and y when it is not the first letter) is one syllable;</li>
     *   <li>a final silent "e" is not ("make", "private"), except in "-le" or "-re" after a consonant ("table",
     *       "centre") and when it is the word's only vowel ("the", "be");</li>
     *   <li>a final "-es" or "-ed" is not a syllable of its own ("makes", "jumped"), except after the sounds that need
     *       one: "-ces", "-ges", "-ses", "-shes", "-ches", "-xes", "-zes" ("places", "boxes"), "-ted", "-ded"
     *       ("wanted"), and "-les", "-led", "-res" after a consonant ("tables", "settled", "metres");</li>
     *   <li>a silent "e" inside a word, where a word ending in silent "e" takes a suffix or is the first half of a
     *       compound: "safely", "careful", "movement", "something", "sometimes", "homework"; and the middle "e"
     *       of "every" ("everything");</li>
     *   <li>a silent "ue" after "g" or "q" ("league", "tongue", "opaque");</li>
     *   <li>vowels next to each other that are spoken apart count two: "ia", "io", "iu" except after "t", "s" or
     *       "c" ("idea", "radio", "Indian", but "nation", "special"); "ua" and "uo" except after "q" or "g"
     *       ("usual"); "ie" in "-iet", "-ient", "-ience", "-ier", "-iest" after anything but "t" or a lone "c"
     *       ("quiet", "science", "easier", but "patient", "ancient"); a vowel before "-ing" ("doing", "playing",
     *       "worrying"); and "create", "idea", "area";</li>
     *   <li>"-sm" and "-thm" at the end add one ("prism", "rhythm");</li>
     *   <li>every word has at least one syllable.</li>
     * </ol>
     */
    public static int syllables(String word) {
        String bare = word.replace("\u2019", "").replace("'", "");
        if (bare.matches("[A-Z]{2,3}")) {
            return bare.length();
        }
        String lower = bare.toLowerCase(Locale.ROOT);
        if (lower.contains("-")) {
            int sum = 0;
            for (String part : lower.split("-")) {
                sum += part.isEmpty() ? 0 : syllables(part);
            }
            return Math.max(sum, 1);
        }
        String w = lower.replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 0;
        }
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = isVowel(w, i);
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        groups -= silentEnding(w);
        groups -= count(SILENT_INSIDE, w);
        groups += count(SPOKEN_APART, w);
        return Math.max(groups, 1);
    }

    private static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> true;
            case 'y' -> i > 0;
            default -> false;
        };
    }

    /** 1 when the word ends in a silent "e", "es" or "ed" that formed a vowel run of its own, else 0. */
    private static int silentEnding(String w) {
        int n = w.length();
        if (n < 3) {
            return 0;
        }
        if (w.endsWith("e") && !isVowel(w, n - 2)) {
            boolean syllabic = (w.endsWith("le") || w.endsWith("re")) && !isVowel(w, n - 3);
            return syllabic || onlyVowelRunAt(w, n - 1) ? 0 : 1;
        }
        if ((w.endsWith("es") || w.endsWith("ed")) && n >= 4 && !isVowel(w, n - 3)) {
            if (onlyVowelRunAt(w, n - 2)) {
                return 0;
            }
            String before = w.substring(0, n - 2);
            if ((before.endsWith("l") || before.endsWith("r")) && before.length() >= 2
                    && !isVowel(before, before.length() - 2) && !w.endsWith("red")) {
                return 0;
            }
            boolean voiced = w.endsWith("es")
                    ? before.endsWith("c") || before.endsWith("g") || before.endsWith("s") || before.endsWith("sh")
                            || before.endsWith("ch") || before.endsWith("x") || before.endsWith("z")
                    : before.endsWith("t") || before.endsWith("d");
            return voiced ? 0 : 1;
        }
        return 0;
    }

    /** True when the vowel at {@code at} is the only vowel of the word. */
    private static boolean onlyVowelRunAt(String w, int at) {
        for (int i = 0; i < at; i++) {
            if (isVowel(w, i)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern SILENT_INSIDE = Pattern.compile(
            "(?<=[aiouy][bcdfgkmnprstvz])e(?=(?:ly|ful|fully|less|ness|ments?|ty|thing|things|where|times?|body"
                    + "|works?|ways?|ship|ships|craft|books?)$)"
                    + "|(?<=^ev)e(?=ry)"
                    + "|(?<=[gq])ue(?=s?$)");

    private static final Pattern SPOKEN_APART = Pattern.compile(
            "(?<![tsc])i[aou]"
                    + "|(?<![qg])u[ao]"
                    + "|(?:(?<=sc)|(?<![tc]))ie(?=t$|ts$|nce|nces$|nt$|nts$|ntist|ntific|r$|rs$|st$)"
                    + "|[aeiouy](?=ings?$)"
                    + "|^(?:cr|id|ar)ea"
                    + "|(?:sm|thm)s?$");

    private static int count(Pattern pattern, String w) {
        int found = 0;
        Matcher m = pattern.matcher(w);
        while (m.find()) {
            found++;
        }
        return found;
    }
}
