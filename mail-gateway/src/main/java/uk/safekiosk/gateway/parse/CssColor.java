package uk.safekiosk.gateway.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A CSS or HTML-attribute colour, and whether two colours are too alike to read text in. */
record CssColor(int red, int green, int blue, double alpha) {

    static final CssColor BLACK = new CssColor(0, 0, 0, 1);
    static final CssColor WHITE = new CssColor(255, 255, 255, 1);

    /** Below this WCAG contrast ratio text is treated as hidden (#eee on white is 1.16; #ccc on white is 1.6). */
    private static final double READABLE_CONTRAST = 1.25;

    // The names most used to hide text: the light and dark ends of the CSS named colours.
    private static final Map<String, Integer> NAMED = Map.ofEntries(
            Map.entry("black", 0x000000), Map.entry("white", 0xffffff), Map.entry("red", 0xff0000),
            Map.entry("green", 0x008000), Map.entry("blue", 0x0000ff), Map.entry("yellow", 0xffff00),
            Map.entry("gray", 0x808080), Map.entry("grey", 0x808080), Map.entry("silver", 0xc0c0c0),
            Map.entry("navy", 0x000080), Map.entry("maroon", 0x800000), Map.entry("purple", 0x800080),
            Map.entry("olive", 0x808000), Map.entry("teal", 0x008080), Map.entry("lime", 0x00ff00),
            Map.entry("aqua", 0x00ffff), Map.entry("cyan", 0x00ffff), Map.entry("fuchsia", 0xff00ff),
            Map.entry("magenta", 0xff00ff), Map.entry("orange", 0xffa500), Map.entry("snow", 0xfffafa),
            Map.entry("ivory", 0xfffff0), Map.entry("ghostwhite", 0xf8f8ff), Map.entry("whitesmoke", 0xf5f5f5),
            Map.entry("floralwhite", 0xfffaf0), Map.entry("mintcream", 0xf5fffa), Map.entry("azure", 0xf0ffff),
            Map.entry("aliceblue", 0xf0f8ff), Map.entry("seashell", 0xfff5ee), Map.entry("honeydew", 0xf0fff0),
            Map.entry("lavenderblush", 0xfff0f5), Map.entry("linen", 0xfaf0e6), Map.entry("oldlace", 0xfdf5e6),
            Map.entry("beige", 0xf5f5dc), Map.entry("cornsilk", 0xfff8dc), Map.entry("lightyellow", 0xffffe0),
            Map.entry("gainsboro", 0xdcdcdc), Map.entry("lightgray", 0xd3d3d3), Map.entry("lightgrey", 0xd3d3d3),
            Map.entry("darkgray", 0xa9a9a9), Map.entry("darkgrey", 0xa9a9a9), Map.entry("dimgray", 0x696969),
            Map.entry("dimgrey", 0x696969), Map.entry("darkslategray", 0x2f4f4f), Map.entry("midnightblue", 0x191970),
            Map.entry("darkblue", 0x00008b), Map.entry("darkred", 0x8b0000), Map.entry("darkgreen", 0x006400));

    static Optional<CssColor> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.equals("transparent")) {
                return Optional.of(new CssColor(0, 0, 0, 0));
            }
            if (v.startsWith("#")) {
                return hex(v.substring(1));
            }
            if (v.startsWith("rgb")) {
                return rgb(v);
            }
            if (v.startsWith("hsl")) {
                return hsl(v);
            }
            Integer named = NAMED.get(v);
            if (named != null) {
                return Optional.of(fromInt(named, 1));
            }
            // Legacy HTML attributes accept "ffffff" without the '#'.
            return v.length() == 6 ? hex(v) : Optional.empty();
        } catch (NumberFormatException | IndexOutOfBoundsException notAColour) {
            return Optional.empty();
        }
    }

    boolean invisible() {
        return alpha < 0.05;
    }

    boolean tooCloseTo(CssColor background) {
        double a = luminance() + 0.05;
        double b = background.luminance() + 0.05;
        return Math.max(a, b) / Math.min(a, b) < READABLE_CONTRAST;
    }

    private double luminance() {
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static Optional<CssColor> hex(String h) {
        return switch (h.length()) {
            case 3, 4 -> Optional.of(new CssColor(
                    Integer.parseInt(h.substring(0, 1).repeat(2), 16),
                    Integer.parseInt(h.substring(1, 2).repeat(2), 16),
                    Integer.parseInt(h.substring(2, 3).repeat(2), 16),
                    h.length() == 4 ? Integer.parseInt(h.substring(3, 4).repeat(2), 16) / 255.0 : 1));
            case 6, 8 -> Optional.of(fromInt(Integer.parseInt(h.substring(0, 6), 16),
                    h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) / 255.0 : 1));
            default -> Optional.empty();
        };
    }

    private static Optional<CssColor> rgb(String v) {
        String[] parts = arguments(v);
        if (parts.length < 3) {
            return Optional.empty();
        }
        return Optional.of(new CssColor(component(parts[0]), component(parts[1]), component(parts[2]),
                parts.length > 3 ? alpha(parts[3]) : 1));
    }

    private static Optional<CssColor> hsl(String v) {
        String[] parts = arguments(v);
        if (parts.length < 3) {
            return Optional.empty();
        }
        double h = Double.parseDouble(parts[0].replace("deg", "")) / 360.0;
        double s = percent(parts[1]);
        double l = percent(parts[2]);
        double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
        double p = 2 * l - q;
        return Optional.of(new CssColor(hue(p, q, h + 1 / 3.0), hue(p, q, h), hue(p, q, h - 1 / 3.0),
                parts.length > 3 ? alpha(parts[3]) : 1));
    }

    private static int hue(double p, double q, double t) {
        double x = t - Math.floor(t);
        double c = x < 1 / 6.0 ? p + (q - p) * 6 * x
                : x < 0.5 ? q
                : x < 2 / 3.0 ? p + (q - p) * (2 / 3.0 - x) * 6
                : p;
        return (int) Math.round(c * 255);
    }

    private static String[] arguments(String v) {
        int open = v.indexOf('(');
        int close = v.lastIndexOf(')');
        String inner = close > open ? v.substring(open + 1, close) : v.substring(open + 1);
        return inner.replace("/", " ").replace(",", " ").strip().split("\\s+");
    }

    private static int component(String s) {
        double value = s.endsWith("%") ? percent(s) * 255 : Double.parseDouble(s);
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    private static double alpha(String s) {
        return s.endsWith("%") ? percent(s) : Double.parseDouble(s);
    }

    private static double percent(String s) {
        return Double.parseDouble(s.replace("%", "")) / 100.0;
    }

    private static CssColor fromInt(int rgb, double alpha) {
        return new CssColor((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }
}
