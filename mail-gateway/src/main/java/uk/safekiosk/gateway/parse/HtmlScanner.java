package uk.safekiosk.gateway.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import uk.safekiosk.gateway.message.TextOrigin;

/**
 * Reads an HTML part the way a mail client would show it. Returns the visible text; everything else a rule must see
 * goes to the {@link ViewBuilder}: hidden text and comments as HIDDEN, alt/title labels as ALT_TEXT, link and image
 * targets as LINK_TARGET, data: and cid: references as attachment facts. Script content is never visible text.
 */
final class HtmlScanner {

    /** Deeper elements are flattened by jsoup (content kept); bounds the cost of descendant selectors. */
    private static final int MAX_HTML_DEPTH = 256;

    private static final Set<String> LABELS = Set.of("alt", "title", "aria-label", "aria-description",
            "placeholder", "summary", "label");
    private static final Set<String> TARGETS = Set.of("href", "src", "background", "action", "formaction", "poster",
            "cite", "longdesc", "data", "lowsrc", "dynsrc", "xlink:href", "codebase", "manifest", "ping");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "table", "blockquote", "pre");

    private HtmlScanner() {
    }

    static String scan(String html, ViewBuilder out) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(MAX_HTML_DEPTH));
        for (Element style : doc.select("style")) {
            String css = Css.withoutComments(style.data());
            Css.contentStrings(css).forEach(s -> out.text(TextOrigin.HIDDEN, s));
            Css.urls(css).forEach(u -> LinkTargets.record(u, out));
        }
        Walk walk = new Walk(StyleSheets.apply(doc, out), out);
        NodeTraversor.traverse(walk, doc);
        return walk.finish();
    }

    private static final class Walk implements NodeVisitor {
        private final Map<Element, Map<String, String>> sheet;
        private final ViewBuilder out;
        private final Deque<RenderState> states = new ArrayDeque<>();
        private final StringBuilder visible = new StringBuilder();
        private final StringBuilder hidden = new StringBuilder();

        Walk(Map<Element, Map<String, String>> sheet, ViewBuilder out) {
            this.sheet = sheet;
            this.out = out;
            states.push(RenderState.root());
        }

        @Override
        public void head(Node node, int depth) {
            switch (node) {
                case Element e -> enter(e);
                case TextNode t -> append(t.getWholeText(), states.peek().hidesText());
                case DataNode d -> data(d);
                case Comment c -> comment(c.getData());
                default -> {
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                RenderState state = states.pop();
                if (e.isBlock()) {
                    lineBreak(state, PARAGRAPHS.contains(e.normalName()));
                }
            }
        }

        String finish() {
            flushHidden();
            return tidy(visible);
        }

        private void enter(Element e) {
            Map<String, String> css = new LinkedHashMap<>(sheet.getOrDefault(e, Map.of()));
            css.putAll(Css.declarations(e.attr("style")));
            RenderState state = states.peek().child(e, css);
            states.push(state);
            attributes(e, state);
            if ("br".equals(e.normalName()) || e.isBlock()) {
                lineBreak(state, false);
            }
        }

        private void attributes(Element e, RenderState state) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue();
                if (LABELS.contains(key)) {
                    out.text(TextOrigin.ALT_TEXT, value);
                } else if (TARGETS.contains(key)) {
                    LinkTargets.record(value, out);
                } else if (key.equals("srcset")) {
                    for (String candidate : value.split(",")) {
                        LinkTargets.record(candidate.strip().split("\\s+")[0], out);
                    }
                } else if (key.equals("style")) {
                    Css.urls(value).forEach(u -> LinkTargets.record(u, out));
                } else if (key.startsWith("on") || key.equals("srcdoc")) {
                    out.text(TextOrigin.HIDDEN, value);
                } else if (key.equals("value")) {
                    boolean hiddenInput = "hidden".equalsIgnoreCase(e.attr("type")) || state.hidesText();
                    out.text(hiddenInput ? TextOrigin.HIDDEN : TextOrigin.ALT_TEXT, value);
                } else if (key.equals("content") && "refresh".equalsIgnoreCase(e.attr("http-equiv"))) {
                    int url = value.toLowerCase(Locale.ROOT).indexOf("url=");
                    LinkTargets.record(url < 0 ? value : value.substring(url + 4), out);
                }
            }
        }

        private void data(DataNode node) {
            String parent = node.parentNode() == null ? "" : node.parentNode().normalName();
            switch (parent) {
                // Style sheets were read before the walk.
                case "style" -> {
                }
                // Mail clients run no scripts, so they show what is in noscript.
                case "noscript" -> append(TagStripper.text(node.getWholeData()), states.peek().hidesText());
                default -> append(node.getWholeData(), true);
            }
        }

        private void comment(String data) {
            out.text(TextOrigin.HIDDEN, data);
            EmbeddedPayloads.scan(data, out);
            if (data.indexOf('<') >= 0) {
                // Commented-out markup: its text, without tags that could split a phone number apart.
                out.text(TextOrigin.HIDDEN, TagStripper.text(data));
            }
        }

        private void append(String text, boolean isHidden) {
            if (isHidden) {
                collapseInto(hidden, text);
            } else {
                if (text.isBlank()) {
                    // Keeps two hidden spans that sit side by side in the source from running together.
                    collapseInto(hidden, text);
                } else {
                    flushHidden();
                }
                collapseInto(visible, text);
            }
        }

        /** Ends the current line (a paragraph also leaves a blank line), without piling up empty lines. */
        private void lineBreak(RenderState state, boolean paragraph) {
            StringBuilder target = state.hidesText() ? hidden : visible;
            int wanted = paragraph ? 2 : 1;
            int trailing = 0;
            while (trailing < target.length() && target.charAt(target.length() - 1 - trailing) == '\n') {
                trailing++;
            }
            for (int i = trailing; i < wanted; i++) {
                target.append('\n');
            }
        }

        private void flushHidden() {
            String text = tidy(hidden);
            if (!text.isEmpty()) {
                out.text(TextOrigin.HIDDEN, text);
                EmbeddedPayloads.scan(text, out);
            }
            hidden.setLength(0);
        }

        private static void collapseInto(StringBuilder target, String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    int last = target.isEmpty() ? '\n' : target.charAt(target.length() - 1);
                    if (last != ' ' && last != '\n') {
                        target.append(' ');
                    }
                } else {
                    target.append(c);
                }
            }
        }

        /** Lines trimmed, at most one blank line in a row. */
        private static String tidy(CharSequence text) {
            StringBuilder out = new StringBuilder(text.length());
            int blank = 0;
            for (String line : text.toString().split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    blank++;
                    continue;
                }
                if (!out.isEmpty()) {
                    out.append(blank > 0 ? "\n\n" : "\n");
                }
                out.append(trimmed);
                blank = 0;
            }
            return out.toString();
        }
    }
}
