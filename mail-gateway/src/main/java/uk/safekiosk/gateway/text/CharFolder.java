package uk.safekiosk.gateway.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;

/**
 * First pass: one code point at a time, to lower case plain letters. Strips accents, maps look-alike letters from
 * other scripts, turns compatibility forms (full-width, maths bold, ligatures) into plain ones, drops invisible
 * characters (zero-width spaces, emoji variation selectors, keycap marks, skin tones) and unifies apostrophes,
 * dashes and spaces. Remembers where every output char came from.
 */
final class CharFolder {

    private final Map<Integer, String> lookalikes;

    CharFolder(Map<Integer, String> lookalikes) {
        this.lookalikes = Map.copyOf(lookalikes);
    }

    Folded fold(String original) {
        int n = original.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            if (c < 0x80) {
                // Plain ASCII, nearly all text: no lookups, no allocation.
                int at = out.length();
                if (at >= starts.length) {
                    starts = Arrays.copyOf(starts, at * 2);
                    ends = Arrays.copyOf(ends, at * 2);
                }
                starts[at] = i;
                ends[at] = i + 1;
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                i++;
                continue;
            }
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String folded = foldCodePoint(cp);
            for (int k = 0; k < folded.length(); k++) {
                int at = out.length();
                if (at >= starts.length) {
                    starts = Arrays.copyOf(starts, at * 2);
                    ends = Arrays.copyOf(ends, at * 2);
                }
                starts[at] = i;
                ends[at] = next;
                out.append(folded.charAt(k));
            }
            i = next;
        }
        return new Folded(original, out.toString(), starts, ends);
    }

    private String foldCodePoint(int cp) {
        if (isInvisible(cp)) {
            return "";
        }
        switch (cp) {
            case '\u2018', '\u2019', '\u201B', '\u02BC', '\u0060', '\u00B4', '\u2032' -> {
                return "'";
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> {
                return "-";
            }
            case '\u00A0', '\u2007', '\u202F', '\u3000' -> {
                return " ";
            }
            default -> {
                // keep going
            }
        }
        String mapped = lookalikes.get(cp);
        if (mapped != null) {
            return mapped;
        }
        if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || isCompatibilityForm(cp)) {
            String decomposed = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKD);
            StringBuilder plain = new StringBuilder(decomposed.length());
            decomposed.codePoints()
                    .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK && !isInvisible(c))
                    .map(c -> lookalikes.containsKey(c) ? lookalikes.get(c).codePointAt(0) : Character.toLowerCase(c))
                    .forEach(plain::appendCodePoint);
            return plain.toString();
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return cp == '\u2028' || cp == '\u2029' || cp == '\u0085' ? "\n" : " ";
        }
        return Character.toString(cp);
    }

    /** Full-width punctuation and the like decompose to ASCII too. */
    private static boolean isCompatibilityForm(int cp) {
        return (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x2460 && cp <= 0x24FF);
    }

    private static boolean isInvisible(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors (emoji vs text style)
                || (cp >= 0x200B && cp <= 0x200F) // zero-width space/joiners, direction marks
                || (cp >= 0x2060 && cp <= 0x2064)
                || cp == 0xFEFF || cp == 0x00AD // BOM, soft hyphen
                || cp == 0x20E3 // combining keycap: 7️⃣ becomes 7
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) // skin tones
                || (cp >= 0xE0000 && cp <= 0xE007F) // tag characters
                || (cp >= 0xE0100 && cp <= 0xE01EF); // variation selectors supplement
    }
}
