package uk.safekiosk.gateway.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import uk.safekiosk.content.ContentSource;

/**
 * The words a child reads about their message, from {@code wording/gateway_<language>.properties}. Says the most
 * important reason; when a blocked message has a second thing to take out, says that too.
 */
final class Explanations {

    private final String file;
    private final Properties wording;

    private Explanations(String file, Properties wording) {
        this.file = file;
        this.wording = wording;
    }

    static Explanations fromContent(ContentSource content, Locale language) {
        String file = "wording/gateway_" + language.getLanguage() + ".properties";
        Properties wording = content.properties(file);
        List<String> missing = new ArrayList<>();
        for (VerdictKind kind : VerdictKind.values()) {
            require(wording, "verdict." + key(kind), missing);
        }
        for (ReasonCode reason : ReasonCode.values()) {
            require(wording, "reason." + reason, missing);
            require(wording, "also." + reason, missing);
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(file + ": missing wording for " + String.join(", ", missing));
        }
        return new Explanations(file, wording);
    }

    /** @param reasons the reasons with this verdict, most important first */
    String explain(VerdictKind kind, List<ReasonCode> reasons) {
        if (kind == VerdictKind.DELIVER || reasons.isEmpty()) {
            return text("verdict." + key(VerdictKind.DELIVER));
        }
        ReasonCode first = reasons.getFirst();
        if (kind == VerdictKind.BLOCK && reasons.size() > 1) {
            return String.join(" ", text("reason." + first), text("also." + reasons.get(1)),
                    text("verdict." + key(kind)));
        }
        String whole = wording.getProperty("verdict." + key(kind) + "." + first);
        return whole != null ? whole.strip()
                : text("reason." + first) + " " + text("verdict." + key(kind));
    }

    private String text(String key) {
        String value = wording.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(file + ": missing wording for " + key);
        }
        return value.strip();
    }

    private static String key(VerdictKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static void require(Properties wording, String key, List<String> missing) {
        String value = wording.getProperty(key);
        if (value == null || value.isBlank()) {
            missing.add(key);
        }
    }
}
