package uk.safekiosk.content.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import uk.safekiosk.content.ContentSource;

/**
 * Every text in the shipped content that a child reads, in one language:
 * <ul>
 *   <li>the pupil keys of {@code wording/kiosk_<lang>.properties}; which keys are pupils' and which are staff's is
 *       said by {@code reading-age/audience.properties} in the test resources (longest matching key prefix wins; a
 *       key that no prefix covers is an error, so every new key gets a decision);</li>
 *   <li>every key of {@code wording/gateway_<lang>.properties} (the gateway's explanations are all for the child);</li>
 *   <li>each rule of {@code rules/rules_<lang>.txt} and {@code rules/rules_ks1_<lang>.txt}.</li>
 * </ul>
 * A placeholder such as {@code {0}} is read as a short name ("Sam"), as a child would see one filled in.
 */
public final class ChildTexts {

    public enum Audience { PUPIL, STAFF }

    static final String AUDIENCE = "reading-age/audience.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private final ContentSource content;
    private final Map<String, Audience> audience;

    public ChildTexts(ContentSource content) {
        this.content = content;
        this.audience = loadAudience();
    }

    public List<ChildText> all(String lang) {
        List<ChildText> texts = new ArrayList<>(pupilWording(lang));
        if (content.shippedText(gatewayFile(lang)).isPresent()) {
            texts.addAll(gatewayWording(lang));
        }
        texts.addAll(rules(rulesFile(lang)));
        texts.addAll(rules(ks1RulesFile(lang)));
        return texts;
    }

    public List<ChildText> pupilWording(String lang) {
        String file = wordingFile(lang);
        return sorted(content.properties(file)).entrySet().stream()
                .filter(e -> audienceOf(e.getKey()) == Audience.PUPIL)
                .map(e -> new ChildText(file, e.getKey(), asShown(e.getValue()))).toList();
    }

    public List<ChildText> gatewayWording(String lang) {
        String file = gatewayFile(lang);
        return sorted(content.properties(file)).entrySet().stream()
                .map(e -> new ChildText(file, e.getKey(), asShown(e.getValue()))).toList();
    }

    public List<ChildText> rules(String file) {
        List<ChildText> texts = new ArrayList<>();
        String text = content.shippedText(file).orElseThrow(() -> new IllegalStateException("No " + file));
        int lineNo = 0;
        for (String line : text.lines().toList()) {
            lineNo++;
            String stripped = line.strip();
            int bar = stripped.indexOf('|');
            if (stripped.isEmpty() || stripped.startsWith("#") || bar < 0) {
                continue;
            }
            texts.add(new ChildText(file, stripped.substring(0, bar).strip() + " (line " + lineNo + ")",
                    stripped.substring(bar + 1).strip()));
        }
        return texts;
    }

    /** Every key of a wording file, with its audience. */
    public Map<String, Audience> audiences(String lang) {
        Map<String, Audience> all = new TreeMap<>();
        content.properties(wordingFile(lang)).stringPropertyNames().forEach(key -> all.put(key, audienceOf(key)));
        return all;
    }

    /** Who reads a key, by the longest prefix in the audience file that matches it. */
    public Audience audienceOf(String key) {
        return audience.keySet().stream().filter(key::startsWith).max(Comparator.comparingInt(String::length))
                .map(audience::get)
                .orElseThrow(() -> new IllegalStateException("Wording key '" + key + "' has no audience: add its "
                        + "prefix to content/src/test/resources/" + AUDIENCE));
    }

    public static String wordingFile(String lang) {
        return "wording/kiosk_" + lang + ".properties";
    }

    public static String gatewayFile(String lang) {
        return "wording/gateway_" + lang + ".properties";
    }

    public static String rulesFile(String lang) {
        return "rules/rules_" + lang + ".txt";
    }

    public static String ks1RulesFile(String lang) {
        return "rules/rules_ks1_" + lang + ".txt";
    }

    private static Map<String, String> sorted(Properties properties) {
        Map<String, String> sorted = new TreeMap<>();
        properties.forEach((k, v) -> sorted.put(k.toString(), v.toString()));
        return sorted;
    }

    private static String asShown(String pattern) {
        return PLACEHOLDER.matcher(pattern.replace("''", "'")).replaceAll("Sam").strip();
    }

    private static Map<String, Audience> loadAudience() {
        Properties props = new Properties();
        try (InputStream in = ChildTexts.class.getClassLoader().getResourceAsStream(AUDIENCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + AUDIENCE);
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Audience> map = new TreeMap<>();
        props.forEach((k, v) -> map.put(k.toString(), Audience.valueOf(v.toString().strip().toUpperCase())));
        return map;
    }
}
