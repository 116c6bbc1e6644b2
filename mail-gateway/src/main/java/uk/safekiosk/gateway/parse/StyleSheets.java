package uk.safekiosk.gateway.parse;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * Applies the rules of a message's {@code <style>} blocks to its elements, so {@code .x{display:none}} hides text as
 * surely as an inline style. Only plain selectors are used: jsoup's own extensions ({@code :matches(regex)},
 * {@code [attr~=regex]}) would let a message run its own regular expressions here. Rules inside at-rules
 * ({@code @media}) are skipped: they only decide whether text counts as body or hidden, and both are scanned.
 */
final class StyleSheets {

    private static final Pattern PLAIN_SELECTOR = Pattern.compile("[A-Za-z0-9_\\-.#\\s>+~*\\[\\]=\"'|^$]+");
    private static final int MAX_RULES = 500;
    private static final long MAX_MATCHES = 200_000;

    private StyleSheets() {
    }

    /** Declarations from style sheets per element, in rule order (later rules win; specificity is ignored). */
    static Map<Element, Map<String, String>> apply(Document doc, ViewBuilder out) {
        Map<Element, Map<String, String>> styles = new IdentityHashMap<>();
        int rules = 0;
        long matches = 0;
        for (Element style : doc.select("style")) {
            String css = Css.withoutComments(style.data());
            int pos = 0;
            while (pos < css.length()) {
                int open = css.indexOf('{', pos);
                if (open < 0) {
                    break;
                }
                int close = matchingBrace(css, open);
                String prelude = css.substring(pos, open).strip();
                String block = css.substring(open + 1, close < 0 ? css.length() : close);
                pos = close < 0 ? css.length() : close + 1;
                if (prelude.startsWith("@")) {
                    continue;
                }
                if (++rules > MAX_RULES) {
                    out.defect("style sheet has too many rules to evaluate");
                    return styles;
                }
                Map<String, String> declarations = Css.declarations(block);
                for (String selector : prelude.split(",")) {
                    Elements selected = select(doc, selector.strip());
                    matches += selected.size();
                    if (matches > MAX_MATCHES) {
                        out.defect("style sheet matches too many elements to evaluate");
                        return styles;
                    }
                    for (Element e : selected) {
                        styles.computeIfAbsent(e, k -> new LinkedHashMap<>()).putAll(declarations);
                    }
                }
            }
        }
        return styles;
    }

    private static Elements select(Document doc, String selector) {
        if (selector.isEmpty() || selector.contains("~=") || !PLAIN_SELECTOR.matcher(selector).matches()) {
            return new Elements();
        }
        try {
            return doc.select(selector);
        } catch (Selector.SelectorParseException | IllegalArgumentException unsupported) {
            return new Elements();
        }
    }

    private static int matchingBrace(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
