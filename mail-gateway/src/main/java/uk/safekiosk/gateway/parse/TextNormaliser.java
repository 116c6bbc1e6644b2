package uk.safekiosk.gateway.parse;

/** Small, linear text clean-ups shared by the parser and the rebuilder. */
final class TextNormaliser {

    private TextNormaliser() {
    }

    /** Line breaks as {@code \n}, no trailing spaces on lines, no blank lines at either end. */
    static String lines(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        for (String line : unified.split("\n", -1)) {
            out.append(line.stripTrailing()).append('\n');
        }
        int start = 0;
        while (start < out.length() && out.charAt(start) == '\n') {
            start++;
        }
        return out.substring(start).stripTrailing();
    }

    /** One line: every control character (CR and LF included) becomes a space; runs of spaces collapse. */
    static String singleLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isISOControl(c) || Character.isWhitespace(c);
            if (!space) {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    /** Attacker-controlled text quoted in a defect: one line, at most 60 characters. */
    static String excerpt(String text) {
        String line = singleLine(text);
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }

    static boolean hasLineBreak(String text) {
        return text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
    }
}
