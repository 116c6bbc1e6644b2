package uk.safekiosk.gateway.policy;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.safekiosk.content.ContentSource;

/**
 * Which verdict each reason gets, from {@code gateway/verdicts.properties}: the shipped file, then a school's file
 * on top, line by line. Any mistake stops start-up with the file and line named, because a typo here must not
 * quietly let messages through.
 */
final class VerdictTable {

    static final String FILE = "gateway/verdicts.properties";

    private final Map<ReasonCode, VerdictKind> kinds;

    VerdictTable(Map<ReasonCode, VerdictKind> kinds) {
        for (ReasonCode reason : ReasonCode.values()) {
            if (!kinds.containsKey(reason)) {
                throw new IllegalStateException(FILE + ": no verdict for " + reason);
            }
        }
        this.kinds = new EnumMap<>(kinds);
    }

    static VerdictTable fromContent(ContentSource content) {
        String shipped = content.shippedText(FILE)
                .orElseThrow(() -> new IllegalStateException(FILE + " is missing from the shipped content"));
        Map<ReasonCode, VerdictKind> kinds = new EnumMap<>(ReasonCode.class);
        parse("kiosk-content/" + FILE, shipped, kinds);
        schoolText(content).ifPresent(text ->
                parse(content.schoolRoot().orElseThrow().resolve(FILE).toString(), text, kinds));
        return new VerdictTable(kinds);
    }

    VerdictKind kindOf(ReasonCode reason) {
        return kinds.get(reason);
    }

    private static Optional<String> schoolText(ContentSource content) {
        return content.schoolRoot()
                .filter(root -> Files.isRegularFile(root.resolve(FILE)))
                .flatMap(root -> content.text(FILE));
    }

    static void parse(String name, String text, Map<ReasonCode, VerdictKind> into) {
        String[] lines = text.split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            int n = index;
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int sep = separator(line);
            if (sep < 0) {
                throw error(name, n, "expected REASON = VERDICT but found '" + line + "'");
            }
            String key = line.substring(0, sep).strip().toUpperCase(Locale.ROOT);
            String value = line.substring(sep + 1).strip().toUpperCase(Locale.ROOT);
            ReasonCode reason = parseEnum(ReasonCode.class, key)
                    .orElseThrow(() -> error(name, n, "unknown reason '" + key + "' (use one of "
                            + names(ReasonCode.values()) + ")"));
            VerdictKind kind = parseEnum(VerdictKind.class, value)
                    .orElseThrow(() -> error(name, n, "unknown verdict '" + value + "' for " + reason
                            + " (use one of " + names(VerdictKind.values()) + ")"));
            into.put(reason, kind);
        }
    }

    private static int separator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        return eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static IllegalStateException error(String name, int index, String problem) {
        return new IllegalStateException(name + " line " + (index + 1) + ": " + problem);
    }
}
