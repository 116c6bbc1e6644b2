package uk.safekiosk.kiosk.rules;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import uk.safekiosk.content.ContentSource;

/** Reads {@code rules/rules_<lang>.txt}; a school's copy replaces the shipped one whole. */
final class RuleBookLoader {

    private RuleBookLoader() {
    }

    static RuleBook load(ContentSource content, Locale locale) {
        String path = "rules/rules_" + locale.getLanguage() + ".txt";
        String text = content.text(path).or(() -> content.text("rules/rules_en.txt"))
                .orElseThrow(() -> new IllegalStateException("No rules file: " + path));
        List<SchoolRule> rules = new ArrayList<>();
        int lineNo = 0;
        for (String raw : text.lines().toList()) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            if (bar < 0) {
                throw new IllegalStateException(path + " line " + lineNo + ": expected 'ICON | sentence'");
            }
            String icon = line.substring(0, bar).strip().toUpperCase(Locale.ROOT);
            requireKnownIcon(icon, path, lineNo);
            rules.add(new SchoolRule(icon, line.substring(bar + 1).strip()));
        }
        if (rules.isEmpty()) {
            throw new IllegalStateException(path + " has no rules");
        }
        return new RuleBook(versionOf(rules), rules);
    }

    private static void requireKnownIcon(String icon, String path, int lineNo) {
        try {
            VaadinIcon.valueOf(icon);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(path + " line " + lineNo + ": unknown icon " + icon, e);
        }
    }

    private static String versionOf(List<SchoolRule> rules) {
        StringBuilder canonical = new StringBuilder();
        rules.forEach(r -> canonical.append(r.icon()).append('|').append(r.sentence()).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
