package uk.safekiosk.kiosk.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Pulls apart words a child ran together ("sexvideos", "hotgirls", "howtomakeapipebomb", "unblcokedgames") so the
 * lists, which are written as separate words, can read them. A word is only split when it is not a real word itself
 * (so "sussex", "cocktail" and "therapist" stay whole), into parts that are each a real or listed word of three
 * letters or more, a listed word of one or two ("a", "to", "my") or a misspelling of a listed word, with at least
 * one longer part listed. Of the ways to split it, the one with the fewest misspelt parts wins (so "howtomakeabomb"
 * is not "how to makes bomb"), then the one with the fewest parts, then the one with the longer words ("how to
 * kill", not "how tok ill"). The split query is screened again, so a split that makes harmless words
 * ("minecraftsword") stays harmless.
 */
final class RunTogetherWords {

    private static final int SHORTEST_WORD = 3;
    private static final int SHORTEST_MISSPELLING = 5;
    private static final int MAX_PARTS = 6;
    private static final Set<String> ONE_LETTER_WORDS = Set.of("a", "i");

    /**
     * A way to write the rest of a word: its parts, how many, how many were misspelt, the sum of their lengths
     * squared (more for longer words) and whether a longer part is listed.
     */
    private record Split(String text, int parts, int misspelt, int squares, boolean listed) {

        Split then(String part, boolean partMisspelt, boolean partListed) {
            return new Split(part + " " + text, parts + 1, misspelt + (partMisspelt ? 1 : 0),
                    squares + part.length() * part.length(), listed || partListed);
        }

        static Split of(String part, boolean partMisspelt, boolean partListed) {
            return new Split(part, 1, partMisspelt ? 1 : 0, part.length() * part.length(), partListed);
        }

        boolean betterThan(Split other) {
            if (other == null) {
                return true;
            }
            if (listed != other.listed) {
                return listed;
            }
            if (misspelt != other.misspelt) {
                return misspelt < other.misspelt;
            }
            return parts != other.parts ? parts < other.parts : squares > other.squares;
        }
    }

    private final Set<String> knownWords;
    private final Set<String> listed;

    RunTogetherWords(Set<String> knownWords, Set<String> listedWords) {
        this.knownWords = knownWords;
        this.listed = listedWords;
    }

    /**
     * The word written as separate words, or null when it is no run of them. {@code corrected} gives the listed word
     * a part misspells, or null.
     */
    String split(String word, UnaryOperator<String> corrected) {
        if (word.length() < 2 * SHORTEST_WORD || knownWords.contains(word) || listed.contains(word)) {
            return null;
        }
        Split best = best(word, 0, corrected, new HashMap<>());
        return best != null && best.listed() && best.parts() > 1 ? best.text() : null;
    }

    /** The fewest parts for {@code word} from {@code from} on, preferring a split with a listed part. */
    private Split best(String word, int from, UnaryOperator<String> corrected, Map<Integer, Split> memo) {
        if (memo.containsKey(from)) {
            return memo.get(from);
        }
        Split best = null;
        for (int end = word.length(); end > from; end--) {
            String part = word.substring(from, end);
            String asWord = asWord(part, corrected);
            if (asWord == null) {
                continue;
            }
            boolean partListed = part.length() >= SHORTEST_WORD && listed.contains(asWord);
            boolean misspelt = !asWord.equals(part);
            Split split = end == word.length() ? Split.of(asWord, misspelt, partListed) : null;
            if (split == null) {
                Split rest = best(word, end, corrected, memo);
                if (rest != null && rest.parts() < MAX_PARTS) {
                    split = rest.then(asWord, misspelt, partListed);
                }
            }
            if (split != null && split.betterThan(best)) {
                best = split;
            }
        }
        memo.put(from, best);
        return best;
    }

    /** The part as a word of the lists or of English (a misspelling put right), or null. */
    private String asWord(String part, UnaryOperator<String> corrected) {
        if (part.length() < SHORTEST_WORD) {
            boolean word = part.length() > 1 || ONE_LETTER_WORDS.contains(part);
            return word && listed.contains(part) ? part : null;
        }
        if (listed.contains(part) || knownWords.contains(part)) {
            return part;
        }
        return part.length() >= SHORTEST_MISSPELLING ? corrected.apply(part) : null;
    }
}
