package uk.safekiosk.gateway.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough CSS to tell whether text is shown: declarations, lengths, and the url()/content strings in it. */
final class Css {

    private static final Pattern URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT = Pattern.compile("content\\s*:\\s*(['\"])([^'\"]*)\\1",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH = Pattern.compile("([-+]?(?:\\d+\\.?\\d*|\\.\\d+))\\s*([a-z%]*)");
    private static final double DEFAULT_FONT_PX = 16;

    private Css() {
    }

    /** {@code a: b; c: d} as an ordered map of lower-case names to values ({@code !important} dropped). */
    static Map<String, String> declarations(String style) {
        Map<String, String> result = new LinkedHashMap<>();
        if (style == null || style.isBlank()) {
            return result;
        }
        for (String declaration : splitTopLevel(withoutComments(style), ';')) {
            int colon = declaration.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip();
            String lower = value.toLowerCase(Locale.ROOT);
            int important = lower.lastIndexOf("!important");
            if (important >= 0) {
                value = value.substring(0, important).strip();
            }
            result.put(name, value);
        }
        return result;
    }

    static List<String> urls(String css) {
        List<String> urls = new ArrayList<>();
        Matcher m = URL.matcher(css);
        while (m.find()) {
            urls.add(m.group(2).strip());
        }
        return urls;
    }

    /** Strings a style sheet puts on screen through {@code content:} (pseudo-elements). */
    static List<String> contentStrings(String css) {
        List<String> strings = new ArrayList<>();
        Matcher m = CONTENT.matcher(css);
        while (m.find()) {
            strings.add(m.group(2));
        }
        return strings;
    }

    /** A length in CSS pixels; em, rem and % are relative to the given font size. */
    static OptionalDouble pixels(String value, double fontPx) {
        if (value == null) {
            return OptionalDouble.empty();
        }
        Matcher m = LENGTH.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.lookingAt()) {
            return OptionalDouble.empty();
        }
        double number;
        try {
            number = Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
        return switch (m.group(2)) {
            case "", "px" -> OptionalDouble.of(number);
            case "pt" -> OptionalDouble.of(number * 4 / 3);
            case "pc" -> OptionalDouble.of(number * 16);
            case "in" -> OptionalDouble.of(number * 96);
            case "cm" -> OptionalDouble.of(number * 96 / 2.54);
            case "mm" -> OptionalDouble.of(number * 96 / 25.4);
            case "em", "ex", "ch" -> OptionalDouble.of(number * fontPx);
            case "rem" -> OptionalDouble.of(number * DEFAULT_FONT_PX);
            case "%" -> OptionalDouble.of(number * fontPx / 100);
            case "vw", "vh", "vmin", "vmax" -> OptionalDouble.of(number * 10);
            default -> OptionalDouble.empty();
        };
    }

    static String withoutComments(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            int start = css.indexOf("/*", i);
            if (start < 0) {
                out.append(css, i, css.length());
                break;
            }
            out.append(css, i, start);
            int end = css.indexOf("*/", start + 2);
            i = end < 0 ? css.length() : end + 2;
        }
        return out.toString();
    }

    /** Splits on a separator outside quotes and parentheses, so {@code url(data:a;b)} stays whole. */
    static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
