package uk.safekiosk.gateway.text;

/**
 * Matches a word with stars for hidden letters against a list word. A run of stars stands for about as many
 * letters ("f**k" and "f***" are both "fuck"; "f***ing" is "fucking"); the word must start with a real letter.
 */
final class Starred {

    /** Stars may hide this many letters more than there are stars ("f*k"). */
    private static final int SLACK = 2;
    private static final int MIN_LENGTH = 3;

    private Starred() {
    }

    /** @param prefix the list word is a prefix entry, so the starred word may go on after it */
    static boolean matches(String pattern, String word, boolean prefix) {
        if (pattern.length() < MIN_LENGTH || word.length() < MIN_LENGTH || pattern.charAt(0) == '*') {
            return false;
        }
        return match(pattern, 0, word, 0, prefix);
    }

    private static boolean match(String p, int i, String w, int j, boolean prefix) {
        if (i == p.length()) {
            return j == w.length();
        }
        if (j == w.length()) {
            return prefix;
        }
        char c = p.charAt(i);
        if (c != '*') {
            return c == w.charAt(j) && match(p, i + 1, w, j + 1, prefix);
        }
        int k = i;
        while (k < p.length() && p.charAt(k) == '*') {
            k++;
        }
        int stars = k - i;
        for (int take = 1; take <= stars + SLACK && j + take <= w.length(); take++) {
            if (match(p, k, w, j + take, prefix)) {
                return true;
            }
        }
        return false;
    }
}
