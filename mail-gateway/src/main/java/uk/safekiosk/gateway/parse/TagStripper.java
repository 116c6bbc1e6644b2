package uk.safekiosk.gateway.parse;

import org.jsoup.parser.Parser;

/**
 * Text of markup without building a DOM: drops tags, decodes entities, collapses white space. One linear pass, used
 * where a full HTML parse would cost too much (HTML over the budget, markup inside comments or noscript).
 */
final class TagStripper {

    private TagStripper() {
    }

    static String text(String markup) {
        StringBuilder out = new StringBuilder(markup.length());
        boolean inTag = false;
        for (int i = 0; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (inTag) {
                inTag = c != '>';
            } else if (c == '<') {
                inTag = true;
            } else {
                out.append(c);
            }
        }
        return Parser.unescapeEntities(out.toString(), false).replaceAll("\\s+", " ").strip();
    }
}
