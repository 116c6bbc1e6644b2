package uk.safekiosk.gateway.policy.rules;

import java.util.List;
import java.util.function.IntConsumer;
import uk.safekiosk.gateway.text.NormalisedText;
import uk.safekiosk.gateway.text.Token;

/**
 * The features {@link DisclosureModel} reads from a normalised text, each named by a short string and hashed into
 * a fixed table: {@code w:word}, {@code b:word word} (two words in one sentence) and {@code c:gram} (3 to 5 letters
 * of a word padded with {@code <} and {@code >}, so a misspelt word still shares most of its grams). Hashing is done
 * over the name's characters without building it, so scoring a message allocates nothing.
 */
final class DisclosureFeatures {

    static final int BITS = 18;
    private static final int MASK = (1 << BITS) - 1;
    private static final int MIN_GRAM = 3;
    private static final int MAX_GRAM = 5;
    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private DisclosureFeatures() {
    }

    /** The table slot of a feature named in full ({@code w:hits}), as written in the model file. */
    static int slot(String name) {
        int h = FNV_OFFSET;
        for (int i = 0; i < name.length(); i++) {
            h = mix(h, name.charAt(i));
        }
        return h & MASK;
    }

    /** Hands every feature of {@code text} to {@code into} (a feature seen twice is handed over twice). */
    static void of(NormalisedText text, IntConsumer into) {
        List<Token> words = text.words();
        Token previous = null;
        for (Token token : words) {
            String word = token.text();
            into.accept(wordSlot(word));
            if (follows(previous, token)) {
                into.accept(pairSlot(previous, token));
            }
            grams(word, into);
            previous = token;
        }
    }

    /** The features of one word on its own: the word and its letter pieces (the same wherever the word is). */
    static void ofWord(String word, IntConsumer into) {
        into.accept(wordSlot(word));
        grams(word, into);
    }

    private static int wordSlot(String word) {
        return named('w', word, 0, word.length()) & MASK;
    }

    /** Whether {@code token} and the one before it make a word pair (same sentence). */
    static boolean follows(Token previous, Token token) {
        return previous != null && previous.sentence() == token.sentence();
    }

    static int pairSlot(Token previous, Token token) {
        return bigram(previous.text(), token.text()) & MASK;
    }

    private static int bigram(String first, String second) {
        int h = named('b', first, 0, first.length());
        h = mix(h, ' ');
        for (int i = 0; i < second.length(); i++) {
            h = mix(h, second.charAt(i));
        }
        return h;
    }

    /** Grams of {@code <word>}: position -1 stands for {@code <}, position {@code length} for {@code >}. */
    private static void grams(String word, IntConsumer into) {
        int padded = word.length() + 2;
        for (int size = MIN_GRAM; size <= MAX_GRAM; size++) {
            for (int from = -1; from + size <= padded - 1; from++) {
                int h = mix(mix(FNV_OFFSET, 'c'), ':');
                for (int i = from; i < from + size; i++) {
                    h = mix(h, i < 0 ? '<' : i >= word.length() ? '>' : word.charAt(i));
                }
                into.accept(h & MASK);
            }
        }
    }

    private static int named(char kind, String s, int from, int to) {
        int h = mix(mix(FNV_OFFSET, kind), ':');
        for (int i = from; i < to; i++) {
            h = mix(h, s.charAt(i));
        }
        return h;
    }

    private static int mix(int h, char c) {
        return (h ^ c) * FNV_PRIME;
    }
}
