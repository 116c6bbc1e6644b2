package uk.safekiosk.gateway.text;

import java.util.Arrays;
import java.util.List;

/**
 * The folded text with spelled-out and spaced-out address punctuation put back, for finding emails and web
 * addresses: "umar at example dot org", "kezia (at) example.com", "maisie . m @ example . com" and
 * "z a r a @ e x a m p l e . c o m" all read as plain addresses here. Every char knows its original span.
 */
public final class LinkView {

    private record Inline(String form, char symbol) {
    }

    private static final List<Inline> INLINE = List.of(
            new Inline("(at)", '@'), new Inline("[at]", '@'), new Inline("{at}", '@'), new Inline("<at>", '@'),
            new Inline("(dot)", '.'), new Inline("[dot]", '.'), new Inline("{dot}", '.'), new Inline("<dot>", '.'));

    private final String text;
    private final int[] starts;
    private final int[] ends;

    private LinkView(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public String text() {
        return text;
    }

    /** Original offset where view range {@code [from, to)} begins. */
    public int originalStart(int from) {
        return starts[Math.min(from, starts.length - 1)];
    }

    /** Original offset where view range {@code [from, to)} ends. */
    public int originalEnd(int to) {
        return ends[Math.max(0, to - 1)];
    }

    static LinkView of(Folded folded) {
        String s = folded.text();
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n + 1];
        int[] ends = new int[n + 1];
        boolean lastWasJoiner = true;
        boolean lastWasSingle = false;
        boolean pendingSpace = false;
        int i = 0;
        while (i < n) {
            if (Character.isWhitespace(s.charAt(i))) {
                pendingSpace = true;
                i++;
                continue;
            }
            int j = i;
            while (j < n && !Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            String chunk = s.substring(i, j);
            String joiner = chunk.equals("at") || chunk.equals("@") ? "@"
                    : chunk.equals("dot") || chunk.equals(".") ? "." : null;
            if (joiner == null) {
                joiner = inlineJoiner(chunk);
            }
            if (joiner != null) {
                int at = out.length();
                out.append(joiner);
                starts[at] = folded.originalStart(i);
                ends[at] = folded.originalEnd(j);
                lastWasJoiner = true;
            } else {
                boolean spacedLetter = chunk.length() == 1 && lastWasSingle;
                if (pendingSpace && !lastWasJoiner && !spacedLetter) {
                    int at = out.length();
                    out.append(' ');
                    starts[at] = folded.originalStart(i);
                    ends[at] = folded.originalStart(i);
                }
                int k = i;
                while (k < j) {
                    Inline inline = inlineAt(s, k, j);
                    int at = out.length();
                    if (inline != null) {
                        out.append(inline.symbol());
                        starts[at] = folded.originalStart(k);
                        ends[at] = folded.originalEnd(k + inline.form().length());
                        k += inline.form().length();
                    } else {
                        out.append(s.charAt(k));
                        starts[at] = folded.originalStart(k);
                        ends[at] = folded.originalEnd(k + 1);
                        k++;
                    }
                }
                lastWasJoiner = false;
            }
            lastWasSingle = chunk.length() == 1 && Character.isLetterOrDigit(chunk.charAt(0));
            pendingSpace = false;
            i = j;
        }
        int len = out.length();
        int size = Math.max(1, len);
        return new LinkView(out.toString(), Arrays.copyOf(starts, size), Arrays.copyOf(ends, size));
    }

    private static String inlineJoiner(String chunk) {
        for (Inline inline : INLINE) {
            if (chunk.equals(inline.form())) {
                return String.valueOf(inline.symbol());
            }
        }
        return null;
    }

    private static Inline inlineAt(String s, int k, int end) {
        for (Inline inline : INLINE) {
            if (k + inline.form().length() <= end && s.startsWith(inline.form(), k)) {
                return inline;
            }
        }
        return null;
    }
}
