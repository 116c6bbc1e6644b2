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
import uk.safekiosk.kiosk.roster.KeyStage;

/**
 * Reads {@code rules/rules_<lang>.txt}, or for the KS1 layout {@code rules/rules_ks1_<lang>.txt}; a school's copy
 * replaces the shipped one whole. A missing file falls back to the same language first (the full rules), then to
 * English.
 */
final class RuleBookLoader {

    private RuleBookLoader() {
    }

    static RuleBook load(ContentSource content, Locale locale, KeyStage keyStage) {
        List<String> candidates = new ArrayList<>();
        for (String lang : List.of(locale.getLanguage(), "en")) {
            if (keyStage == KeyStage.KS1) {
                candidates.add("rules/rules_ks1_" + lang + ".txt");
            }
            candidates.add("rules/rules_" + lang + ".txt");
        }
        String path = candidates.stream().filter(p -> content.text(p).isPresent()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No rules file: " + candidates.getFirst()));
        String text = content.text(path).orElseThrow();
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
