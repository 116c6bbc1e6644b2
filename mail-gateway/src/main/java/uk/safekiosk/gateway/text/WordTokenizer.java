package uk.safekiosk.gateway.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits folded text into words, undoing leetspeak inside words ("sh1t", "a$$", "d!ck") and keeping {@code *} where it
 * hides letters ("f**k"). Colons, equals signs and arrows become a ":" word because "pw: x" and "snap → x" mean "is".
 * Emoji are words of their own. Sentence ends (". ", "!", "?", a new line) are remembered so that phrases never
 * reach across them.
 */
final class WordTokenizer {

    /** Symbols that stand for a letter only between two letters ("d!ck" but not "wow!"). */
    private static final String INNER_ONLY = "!|@+";
    private static final char WILDCARD = '*';

    private final Map<Character, Character> leet;

    WordTokenizer(Map<Character, Character> leet) {
        this.leet = Map.copyOf(leet);
    }

    List<Token> tokenize(Folded folded) {
        List<Token> tokens = new ArrayList<>();
        String s = folded.text();
        int n = s.length();
        int sentence = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                sentence++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                int j = i;
                while (j < n && !Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                if (chunk(folded, i, j, sentence, tokens)) {
                    sentence++;
                }
                i = j;
            }
        }
        return tokens;
    }

    /** Tokenizes one run of non-space chars; returns true when it ends a sentence. */
    private boolean chunk(Folded folded, int from, int to, int sentence, List<Token> out) {
        String s = folded.text();
        boolean hasLetter = false;
        for (int k = from; k < to; k++) {
            if (Character.isLetter(s.charAt(k))) {
                hasLetter = true;
                break;
            }
        }
        int wordStart = -1;
        boolean endsSentence = false;
        int k = from;
        while (k < to) {
            char c = s.charAt(k);
            if (isWordChar(s, k, from, to, hasLetter)) {
                if (wordStart < 0) {
                    wordStart = k;
                }
                k++;
                continue;
            }
            if (wordStart >= 0) {
                out.add(word(folded, wordStart, k, sentence));
                wordStart = -1;
            }
            int width = 1;
            if (c == ':' || c == '=' || c == '\u2192' || c == '\u27A1' || c == '\u21D2') {
                if (c == '=' && k + 1 < to && s.charAt(k + 1) == '>') {
                    width = 2;
                }
                out.add(symbol(folded, ":", k, k + width, sentence));
            } else if (c == '-' && k + 1 < to && s.charAt(k + 1) == '>') {
                width = 2;
                out.add(symbol(folded, ":", k, k + width, sentence));
            } else if (Character.isHighSurrogate(c) && k + 1 < to) {
                width = 2;
                out.add(symbol(folded, s.substring(k, k + 2), k, k + 2, sentence));
            } else if (Character.getType(c) == Character.OTHER_SYMBOL) {
                out.add(symbol(folded, String.valueOf(c), k, k + 1, sentence));
            } else if ((c == '.' || c == '!' || c == '?') && onlyPunctuationAfter(s, k, to)) {
                endsSentence = true;
            }
            k += width;
        }
        if (wordStart >= 0) {
            out.add(word(folded, wordStart, to, sentence));
        }
        return endsSentence;
    }

    private boolean isWordChar(String s, int k, int from, int to, boolean hasLetter) {
        char c = s.charAt(k);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        if (!hasLetter) {
            return false;
        }
        char prev = k > from ? s.charAt(k - 1) : ' ';
        char next = k + 1 < to ? s.charAt(k + 1) : ' ';
        if (c == '\'') {
            return Character.isLetter(prev) && Character.isLetter(next);
        }
        if (c == WILDCARD) {
            return Character.isLetter(prev) || Character.isLetter(next) || prev == WILDCARD;
        }
        if (!leet.containsKey(c)) {
            return false;
        }
        if (INNER_ONLY.indexOf(c) >= 0) {
            return Character.isLetterOrDigit(prev) && Character.isLetter(next);
        }
        return Character.isLetterOrDigit(prev) || Character.isLetterOrDigit(next) || leet.containsKey(prev);
    }

    private Token word(Folded folded, int from, int to, int sentence) {
        return word(folded.text().substring(from, to), folded.originalStart(from), folded.originalEnd(to), sentence);
    }

    /** A word from its folded chars: leetspeak is undone only when the word has a letter ("2024" stays a number). */
    Token word(String raw, int start, int end, int sentence) {
        boolean hasLetter = false;
        for (int k = 0; k < raw.length() && !hasLetter; k++) {
            hasLetter = Character.isLetter(raw.charAt(k));
        }
        StringBuilder text = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            Character mapped = hasLetter && !Character.isLetter(c) ? leet.get(c) : null;
            text.append(mapped != null ? mapped : c);
        }
        return new Token(text.toString(), raw, start, end, sentence);
    }

    private static Token symbol(Folded folded, String text, int from, int to, int sentence) {
        return new Token(text, text, folded.originalStart(from), folded.originalEnd(to), sentence);
    }

    private static boolean onlyPunctuationAfter(String s, int k, int to) {
        for (int m = k + 1; m < to; m++) {
            if (Character.isLetterOrDigit(s.charAt(m))) {
                return false;
            }
        }
        return true;
    }
}
