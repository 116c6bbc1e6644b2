package uk.safekiosk.gateway.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a "target = sources" table, one target per line ({@code a = 4 @}, {@code 0 = oh zero nought}), into a map
 * from each source to its target. Single-character and single-word sources are separated by white space; phrase
 * tables separate sources with {@code |} because a source may have spaces in it ({@code your = ur | you are}).
 */
final class CharTable {

    private CharTable() {
    }

    static Map<String, String> words(List<String> lines, String file) {
        return read(lines, file, "\\s+");
    }

    static Map<String, String> phrases(List<String> lines, String file) {
        return read(lines, file, "\\|");
    }

    private static Map<String, String> read(List<String> lines, String file, String separator) {
        Map<String, String> map = new HashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(file + ": expected 'target = sources' but found: " + line);
            }
            String target = line.substring(0, eq).strip();
            String sources = line.substring(eq + 1).strip();
            for (String source : sources.split(separator)) {
                String s = source.strip();
                if (!s.isEmpty()) {
                    map.putIfAbsent(s, target);
                }
            }
        }
        return map;
    }
}
