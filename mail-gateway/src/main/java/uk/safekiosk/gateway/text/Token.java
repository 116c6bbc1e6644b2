package uk.safekiosk.gateway.text;

import java.util.Arrays;

/**
 * One word after normalisation. {@link #text()} is the normalised form (lower case, leetspeak undone, look-alikes
 * mapped, synonyms applied, apostrophes dropped); {@link #raw()} is the folded form before leetspeak and synonyms
 * (so "4a" stays a house number); {@code start}/{@code end} index the original text.
 *
 * <p>For matching, a word is also kept "squeezed" (runs of one letter collapsed: "fuuuck" → "fuck") with the run
 * lengths, so a list word matches a stretched spelling but "as" never matches "ass".
 */
public final class Token {

    private final String text;
    private final String raw;
    private final int start;
    private final int end;
    private final int sentence;
    private final String squeezed;
    private final byte[] runs;
    private final boolean wildcard;

    Token(String text, String raw, int start, int end, int sentence) {
        this.text = text;
        this.raw = raw;
        this.start = start;
        this.end = end;
        this.sentence = sentence;
        this.wildcard = text.indexOf('*') >= 0;
        StringBuilder sq = new StringBuilder(text.length());
        byte[] r = new byte[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (count > 0 && sq.charAt(count - 1) == c && c != '*') {
                r[count - 1] = (byte) Math.min(r[count - 1] + 1, 100);
            } else {
                sq.append(c);
                r[count++] = 1;
            }
        }
        this.squeezed = sq.toString();
        this.runs = Arrays.copyOf(r, count);
    }

    public String text() {
        return text;
    }

    public String raw() {
        return raw;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Sentence number within the text; phrases never span two sentences. */
    public int sentence() {
        return sentence;
    }

    public boolean isNumber() {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !raw.isEmpty();
    }

    String squeezed() {
        return squeezed;
    }

    byte[] runs() {
        return runs;
    }

    /** Has {@code *} standing in for letters ("f**k"). */
    boolean wildcard() {
        return wildcard;
    }

    Token withText(String newText, int newStart, int newEnd) {
        return new Token(newText, raw, newStart, newEnd, sentence);
    }

    @Override
    public String toString() {
        return text + "@" + start + "-" + end;
    }
}
