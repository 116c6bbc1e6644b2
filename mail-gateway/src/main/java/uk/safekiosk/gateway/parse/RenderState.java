package uk.safekiosk.gateway.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What a mail client would do with an element's text, inherited down the tree the way CSS inherits.
 *
 * @param removed           never drawn (display:none, hidden attribute, off-screen, clipped, collapsed); descendants
 *                          cannot undo it
 * @param visibilityHidden  visibility:hidden, which a descendant can undo with visibility:visible
 * @param color             text colour
 * @param background        the colour behind the text (nearest opaque background)
 * @param fontPx            font size in CSS pixels
 * @param opacity           product of the opacities on the way down
 */
record RenderState(boolean removed, boolean visibilityHidden, CssColor color, CssColor background, double fontPx,
        double opacity) {

    /** Text smaller than this is unreadable; senders hide text with font-size 0 to 3px. */
    private static final double MIN_FONT_PX = 4;
    /** Text pushed further off the page than this is off-screen (the usual trick is -9999px). */
    private static final double OFF_SCREEN_PX = -500;
    private static final double MIN_OPACITY = 0.05;

    private static final Set<String> NEVER_SHOWN = Set.of("head", "script", "style", "template", "title", "meta",
            "link", "base");
    private static final Set<String> OFFSETS = Set.of("left", "top", "margin-left", "margin-top", "text-indent",
            "margin");
    private static final Set<String> COLLAPSIBLE = Set.of("height", "max-height", "width", "max-width");
    private static final double[] FONT_TAG_PX = {10, 13, 16, 18, 24, 32, 48};

    static RenderState root() {
        return new RenderState(false, false, CssColor.BLACK, CssColor.WHITE, 16, 1);
    }

    boolean hidesText() {
        return removed || visibilityHidden || fontPx < MIN_FONT_PX || opacity < MIN_OPACITY || color.invisible()
                || color.tooCloseTo(background);
    }

    RenderState child(Element e, Map<String, String> css) {
        double font = fontSize(e, css);
        boolean gone = removed || NEVER_SHOWN.contains(e.normalName()) || e.hasAttr("hidden")
                || startsWith(css.get("display"), "none") || "all".equals(lower(css.get("mso-hide")))
                || offScreen(css, font) || collapsed(css, font) || clipped(css) || scaledAway(css.get("transform"));
        boolean invisible = visibility(css.get("visibility"));
        CssColor text = colour(css.get("color"))
                .or(() -> "font".equals(e.normalName()) ? colour(e.attr("color")) : Optional.empty())
                .or(() -> "body".equals(e.normalName()) ? colour(e.attr("text")) : Optional.empty())
                .orElse(color);
        CssColor behind = colour(css.get("background-color"))
                .or(() -> backgroundShorthand(css.get("background")))
                .or(() -> colour(e.attr("bgcolor")))
                .filter(c -> !c.invisible())
                .orElse(background);
        double alpha = opacity * parseOpacity(css.get("opacity"));
        return new RenderState(gone, invisible, text, behind, font, alpha);
    }

    private boolean visibility(String value) {
        String v = lower(value);
        if (v.startsWith("hidden") || v.startsWith("collapse")) {
            return true;
        }
        return !v.startsWith("visible") && visibilityHidden;
    }

    private double fontSize(Element e, Map<String, String> css) {
        String size = css.get("font-size");
        if (size == null && css.containsKey("font")) {
            size = fontShorthandSize(css.get("font"));
        }
        if (size != null) {
            return switch (lower(size)) {
                case "xx-small" -> 9;
                case "x-small" -> 10;
                case "small" -> 13;
                case "medium" -> 16;
                case "large" -> 18;
                case "x-large" -> 24;
                case "xx-large" -> 32;
                case "smaller" -> fontPx * 0.83;
                case "larger" -> fontPx * 1.2;
                default -> Css.pixels(size, fontPx).orElse(fontPx);
            };
        }
        if ("font".equals(e.normalName()) && e.hasAttr("size")) {
            return fontTagSize(e.attr("size").strip());
        }
        return fontPx;
    }

    private double fontTagSize(String size) {
        try {
            int n = Integer.parseInt(size.startsWith("+") ? size.substring(1) : size);
            int index = (size.startsWith("+") || size.startsWith("-")) ? 3 + n : n;
            return FONT_TAG_PX[Math.max(1, Math.min(7, index)) - 1];
        } catch (NumberFormatException notANumber) {
            return fontPx;
        }
    }

    private static String fontShorthandSize(String font) {
        for (String token : font.strip().split("\\s+")) {
            String size = token.contains("/") ? token.substring(0, token.indexOf('/')) : token;
            if (!size.isEmpty() && (Character.isDigit(size.charAt(0)) || size.charAt(0) == '.')) {
                return size;
            }
        }
        return null;
    }

    private static boolean offScreen(Map<String, String> css, double font) {
        for (String property : OFFSETS) {
            String value = css.get(property);
            if (value != null) {
                String first = value.strip().split("\\s+")[0];
                if (Css.pixels(first, font).orElse(0) <= OFF_SCREEN_PX) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean collapsed(Map<String, String> css, double font) {
        boolean overflowHidden = css.entrySet().stream()
                .anyMatch(d -> d.getKey().startsWith("overflow")
                        && (lower(d.getValue()).startsWith("hidden") || lower(d.getValue()).startsWith("clip")));
        if (!overflowHidden) {
            return false;
        }
        // A unitless line-height is a multiplier, so only an explicit zero collapses the line.
        boolean zeroLineHeight = Css.pixels(css.get("line-height"), font).orElse(1) == 0;
        return zeroLineHeight || COLLAPSIBLE.stream()
                .map(css::get)
                .map(v -> v == null ? OptionalDouble.empty() : Css.pixels(v, font))
                .anyMatch(px -> px.isPresent() && px.getAsDouble() <= 1);
    }

    private static boolean clipped(Map<String, String> css) {
        String clip = lower(css.get("clip")).replace(" ", "");
        if (clip.startsWith("rect(")) {
            String numbers = clip.replaceAll("[^0-9.,]", "");
            boolean allTiny = true;
            for (String n : numbers.split(",")) {
                allTiny &= n.isEmpty() || Css.pixels(n, 16).orElse(0) <= 1;
            }
            if (allTiny) {
                return true;
            }
        }
        String path = lower(css.get("clip-path")).replace(" ", "");
        return path.startsWith("inset(50%") || path.startsWith("inset(100%") || path.startsWith("circle(0");
    }

    private static boolean scaledAway(String transform) {
        String t = lower(transform).replace(" ", "");
        return t.contains("scale(0)") || t.contains("scale(0,") || t.contains("scalex(0)") || t.contains("scaley(0)");
    }

    private static double parseOpacity(String value) {
        if (value == null) {
            return 1;
        }
        String v = value.strip();
        try {
            double parsed = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100
                    : Double.parseDouble(v);
            return Double.isNaN(parsed) ? 1 : Math.max(0, Math.min(1, parsed));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Optional<CssColor> backgroundShorthand(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (String token : Css.splitTopLevel(value.strip(), ' ')) {
            Optional<CssColor> colour = CssColor.parse(token);
            if (colour.isPresent()) {
                return colour;
            }
        }
        return Optional.empty();
    }

    private static Optional<CssColor> colour(String value) {
        return value == null || value.isBlank() ? Optional.empty() : CssColor.parse(value);
    }

    private static boolean startsWith(String value, String prefix) {
        return lower(value).startsWith(prefix);
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
