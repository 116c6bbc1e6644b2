package uk.safekiosk.kiosk.search;

import java.util.Set;

/**
 * Pulls apart words a child ran together ("sexvideos", "hotgirls", "killmyself") so the lists, which are written as
 * separate words, can read them. A word is only split when it is not a real word itself (so "sussex", "cocktail" and
 * "therapist" stay whole), into the fewest parts (two or three) that are each a real or listed word of three letters
 * or more, with at least one part listed. The split query is screened again, so a split that makes harmless words
 * ("minecraftsword") stays harmless.
 */
final class RunTogetherWords {

    private static final int SHORTEST_PART = 3;
    private static final int MAX_PARTS = 3;

    private final Set<String> knownWords;
    private final Set<String> listed;

    RunTogetherWords(Set<String> knownWords, Set<String> listedWords) {
        this.knownWords = knownWords;
        this.listed = listedWords;
    }

    /** The word written as separate words, or null when it is no run of them. */
    String split(String word) {
        if (word.length() < 2 * SHORTEST_PART || knownWords.contains(word) || listed.contains(word)) {
            return null;
        }
        for (int parts = 2; parts <= MAX_PARTS; parts++) {
            String split = split(word, parts, false);
            if (split != null) {
                return split;
            }
        }
        return null;
    }

    /** {@code word} as exactly {@code parts} words, each real or listed and one of them listed, or null. */
    private String split(String word, int parts, boolean listedSeen) {
        if (parts == 1) {
            boolean isListed = listed.contains(word);
            return word.length() >= SHORTEST_PART && (isListed || knownWords.contains(word)) && (listedSeen || isListed)
                    ? word : null;
        }
        // Longest first part first, so "hotgirls" is "hot girls" rather than a run of scraps.
        for (int end = word.length() - SHORTEST_PART * (parts - 1); end >= SHORTEST_PART; end--) {
            String head = word.substring(0, end);
            boolean headListed = listed.contains(head);
            if (!headListed && !knownWords.contains(head)) {
                continue;
            }
            String rest = split(word.substring(end), parts - 1, listedSeen || headListed);
            if (rest != null) {
                return head + " " + rest;
            }
        }
        return null;
    }
}
