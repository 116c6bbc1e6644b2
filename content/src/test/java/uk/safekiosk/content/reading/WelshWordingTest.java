package uk.safekiosk.content.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;

/** The Welsh bundle and rules are complete and line up with the English ones. */
class WelshWordingTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** In a MessageFormat pattern a lone apostrophe starts a quote and swallows the placeholders after it. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    /** The screens the Welsh was written for with care: they must not be left in English. */
    private static final List<String> CAREFUL = List.of("common.", "login.", "rules.", "home.", "idle.", "error.",
            "speech.");

    private final ContentSource content = ContentSource.defaults();
    private final Properties english = content.properties(ChildTexts.wordingFile("en"));
    private final Properties welsh = content.properties(ChildTexts.wordingFile("cy"));

    @Test
    void everyKeyIsInBothLanguages() {
        assertThat(welsh.stringPropertyNames()).as("keys missing in kiosk_cy.properties")
                .containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("keys only in kiosk_cy.properties")
                .containsAll(welsh.stringPropertyNames());
    }

    @Test
    void eachWordingTakesTheSameValuesInBothLanguages() {
        english.stringPropertyNames().forEach(key -> assertThat(placeholders(welsh.getProperty(key, "")))
                .as(key).isEqualTo(placeholders(english.getProperty(key))));
    }

    @Test
    void apostrophesAreDoubledWhereAWordingTakesValues() {
        for (Properties bundle : List.of(english, welsh)) {
            bundle.stringPropertyNames().stream()
                    .filter(key -> PLACEHOLDER.matcher(bundle.getProperty(key)).find())
                    .forEach(key -> assertThat(LONE_APOSTROPHE.matcher(bundle.getProperty(key)).find())
                            .as("lone apostrophe in %s", key).isFalse());
        }
    }

    @Test
    void logOnRulesAndHomeAreInWelsh() {
        english.stringPropertyNames().stream().filter(key -> CAREFUL.stream().anyMatch(key::startsWith))
                .filter(key -> !PLACEHOLDER.matcher(english.getProperty(key)).replaceAll("").isBlank())
                .forEach(key -> assertThat(welsh.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key)));
        assertThat(welsh.getProperty("login.title")).isEqualTo("Mewngofnodi");
        assertThat(welsh.getProperty("rules.agree")).isEqualTo("Rwy'n cytuno");
    }

    @Test
    void welshRulesHaveTheSamePicturesInTheSameOrder() {
        ChildTexts texts = new ChildTexts(content);
        for (String[] pair : List.of(new String[] {ChildTexts.rulesFile("en"), ChildTexts.rulesFile("cy")},
                new String[] {ChildTexts.ks1RulesFile("en"), ChildTexts.ks1RulesFile("cy")})) {
            List<String> englishIcons = icons(texts.rules(pair[0]));
            assertThat(icons(texts.rules(pair[1]))).as(pair[1]).isEqualTo(englishIcons).isNotEmpty();
        }
    }

    private static List<String> icons(List<ChildText> rules) {
        return rules.stream().map(r -> r.where().substring(0, r.where().indexOf(' '))).toList();
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
