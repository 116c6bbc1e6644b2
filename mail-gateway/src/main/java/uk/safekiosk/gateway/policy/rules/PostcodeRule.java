package uk.safekiosk.gateway.policy.rules;

import java.util.ArrayList;
import java.util.List;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.rules.ScannedMessage.ScannedText;
import uk.safekiosk.gateway.text.NormalisedText;
import uk.safekiosk.gateway.text.PhraseList;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * POSTCODE: a UK postcode in any of the six formats, any case, with or without the space, spaced out letter by letter
 * ("O B 9 1 S N"), over two lines, or in two halves after the word "postcode".
 */
final class PostcodeRule extends GatewayRule {

    /** How far apart (in chars) the two halves of a postcode given in halves may be. */
    private static final int HALVES_REACH = 40;

    private final List<String> outwardFormats;
    private final String inwardNever;
    private final PhraseList halvesWords;

    PostcodeRule(TextNormaliser normaliser, PostcodeFormats formats) {
        super("postcode", ReasonCode.POSTCODE, normaliser);
        this.outwardFormats = formats.outward();
        this.inwardNever = formats.inwardNever();
        this.halvesWords = formats.halvesWords();
    }

    /** The letters and digits of a text, each knowing whether a space or mark came before it. */
    private record Compact(String chars, int[] folded, boolean[] breakBefore) {

        static Compact of(String folded) {
            StringBuilder chars = new StringBuilder(folded.length());
            int[] index = new int[folded.length()];
            boolean[] breaks = new boolean[folded.length() + 1];
            boolean pendingBreak = true;
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.charAt(k);
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    index[chars.length()] = k;
                    breaks[chars.length()] = pendingBreak;
                    chars.append(c);
                    pendingBreak = false;
                } else {
                    pendingBreak = true;
                }
            }
            breaks[chars.length()] = true;
            return new Compact(chars.toString(), index, breaks);
        }

        boolean boundaryAt(int i) {
            return i >= chars.length() || breakBefore[i];
        }
    }

    @Override
    void inspectText(ScannedText text, List<Finding> into) {
        NormalisedText normalised = text.text();
        Compact compact = Compact.of(normalised.folded());
        int n = compact.chars().length();
        boolean found = false;
        int i = 0;
        while (i < n) {
            int end = compact.boundaryAt(i) && isLetter(compact.chars().charAt(i)) ? postcodeEnd(compact, i) : -1;
            if (end > 0) {
                into.add(finding(text, compact, i, end));
                found = true;
                i = end;
            } else {
                i++;
            }
        }
        if (!found && !halvesWords.find(normalised).isEmpty()) {
            findHalves(text, compact, into);
        }
    }

    /** End (exclusive, in compact chars) of a whole postcode starting at {@code i}, or -1. */
    private int postcodeEnd(Compact c, int i) {
        for (String outward : outwardFormats) {
            int inward = i + outward.length();
            if (fits(c, i, outward) && evenlySpaced(c, i, inward) && isInward(c, inward)
                    && c.boundaryAt(inward + 3)) {
                return inward + 3;
            }
        }
        return -1;
    }

    /** The two halves given apart: a whole word shaped like an outward code, soon followed by one like "9TF". */
    private void findHalves(ScannedText text, Compact c, List<Finding> into) {
        List<int[]> words = words(c);
        for (int w = 0; w < words.size(); w++) {
            int[] first = words.get(w);
            if (!isOutwardWord(c, first)) {
                continue;
            }
            for (int v = w + 1; v < words.size(); v++) {
                int[] second = words.get(v);
                if (c.folded()[second[0]] - c.folded()[first[1] - 1] > HALVES_REACH) {
                    break;
                }
                if (second[1] - second[0] == 3 && isInward(c, second[0]) && !isOrdinal(c, second[0])) {
                    into.add(finding(text, c, first[0], second[1]));
                    return;
                }
            }
        }
    }

    private boolean isOutwardWord(Compact c, int[] word) {
        for (String outward : outwardFormats) {
            if (word[1] - word[0] == outward.length() && fits(c, word[0], outward)) {
                return true;
            }
        }
        return false;
    }

    private static List<int[]> words(Compact c) {
        List<int[]> words = new ArrayList<>();
        int n = c.chars().length();
        int start = 0;
        for (int k = 1; k <= n; k++) {
            if (c.boundaryAt(k)) {
                words.add(new int[] {start, k});
                start = k;
            }
        }
        return words;
    }

    private static boolean fits(Compact c, int i, String format) {
        if (i + format.length() > c.chars().length()) {
            return false;
        }
        for (int k = 0; k < format.length(); k++) {
            char ch = c.chars().charAt(i + k);
            if (format.charAt(k) == 'A' ? !isLetter(ch) : !isDigit(ch)) {
                return false;
            }
        }
        return true;
    }

    /** Outward code written together ("HB6") or spaced right out ("H B 6"), never "on 5" or "at 12". */
    private static boolean evenlySpaced(Compact c, int from, int to) {
        boolean spaced = c.boundaryAt(from + 1);
        for (int k = from + 1; k < to; k++) {
            if (c.boundaryAt(k) != spaced) {
                return false;
            }
        }
        return true;
    }

    private boolean isInward(Compact c, int i) {
        if (i + 3 > c.chars().length()) {
            return false;
        }
        char digit = c.chars().charAt(i);
        char a = c.chars().charAt(i + 1);
        char b = c.chars().charAt(i + 2);
        return isDigit(digit) && isLetter(a) && isLetter(b)
                && inwardNever.indexOf(a) < 0 && inwardNever.indexOf(b) < 0
                && !(!c.boundaryAt(i + 1) && !c.boundaryAt(i + 2) && isOrdinal(c, i));
    }

    /** "2nd", "3rd", "4th" are places in a race, not inward codes. */
    private static boolean isOrdinal(Compact c, int i) {
        String suffix = c.chars().substring(i + 1, i + 3);
        return switch (c.chars().charAt(i)) {
            case '1' -> suffix.equals("st");
            case '2' -> suffix.equals("nd");
            case '3' -> suffix.equals("rd");
            default -> suffix.equals("th");
        };
    }

    private Finding finding(ScannedText text, Compact c, int from, int to) {
        NormalisedText t = text.text();
        return finding(text, t.originalStart(c.folded()[from]), t.originalEnd(c.folded()[to - 1] + 1));
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
