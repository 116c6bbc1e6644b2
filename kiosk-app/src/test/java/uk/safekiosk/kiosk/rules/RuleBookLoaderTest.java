package uk.safekiosk.kiosk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.roster.KeyStage;

class RuleBookLoaderTest {

    @TempDir
    Path dataDir;

    @Test
    void aSchoolsOwnRulesFileReplacesTheShippedRulesAndChangesTheVersion() throws IOException {
        RuleBook shipped = RuleBookLoader.load(ContentSource.defaults(), Locale.UK, KeyStage.KS2);
        writeSchoolRules("# Our own\nHEART | We look after each other.\nLOCK | Passwords stay secret.\n");

        RuleBook school = RuleBookLoader.load(ContentSource.withSchoolOverrides(dataDir), Locale.UK, KeyStage.KS2);

        assertThat(school.rules()).extracting(SchoolRule::sentence)
                .containsExactly("We look after each other.", "Passwords stay secret.");
        assertThat(school.version()).isNotEqualTo(shipped.version());
    }

    @Test
    void anUnknownIconIsAClearErrorNamingTheLine() throws IOException {
        writeSchoolRules("HEART | Be kind.\nUNICORN | Ride a unicorn.\n");

        assertThatThrownBy(() -> RuleBookLoader.load(ContentSource.withSchoolOverrides(dataDir), Locale.UK, KeyStage.KS2))
                .hasMessageContaining("rules_en.txt line 2")
                .hasMessageContaining("UNICORN");
    }

    @Test
    void aLineWithoutAnIconIsAClearError() throws IOException {
        writeSchoolRules("Be kind to everyone.\n");

        assertThatThrownBy(() -> RuleBookLoader.load(ContentSource.withSchoolOverrides(dataDir), Locale.UK, KeyStage.KS2))
                .hasMessageContaining("line 1").hasMessageContaining("ICON | sentence");
    }

    @Test
    void theKs1LayoutGetsItsOwnShorterRulesWithTheSamePictures() {
        RuleBook full = RuleBookLoader.load(ContentSource.defaults(), Locale.UK, KeyStage.KS2);
        RuleBook ks1 = RuleBookLoader.load(ContentSource.defaults(), Locale.UK, KeyStage.KS1);

        assertThat(ks1.rules()).hasSizeLessThan(full.rules().size()).isNotEmpty();
        assertThat(full.rules()).extracting(SchoolRule::icon)
                .containsAll(ks1.rules().stream().map(SchoolRule::icon).toList());
        assertThat(ks1.version()).isNotEqualTo(full.version());
    }

    @Test
    void welshRulesAreTheirOwnVersionInBothLayouts() {
        for (KeyStage keyStage : KeyStage.values()) {
            RuleBook english = RuleBookLoader.load(ContentSource.defaults(), Locale.UK, keyStage);
            RuleBook welsh = RuleBookLoader.load(ContentSource.defaults(), Words.WELSH, keyStage);

            assertThat(welsh.rules()).extracting(SchoolRule::icon)
                    .containsExactlyElementsOf(english.rules().stream().map(SchoolRule::icon).toList());
            assertThat(welsh.version()).isNotEqualTo(english.version());
        }
    }

    @Test
    void aKs1LayoutWithoutShortRulesInItsLanguageUsesTheFullRulesOfThatLanguage() throws IOException {
        writeSchoolRules("HEART | Be kind.\n");
        Path french = dataDir.resolve("content/rules/rules_fr.txt");
        Files.writeString(french, "HEART | Sois gentil.\n");

        RuleBook book = RuleBookLoader.load(ContentSource.withSchoolOverrides(dataDir), Locale.FRENCH, KeyStage.KS1);

        assertThat(book.rules()).extracting(SchoolRule::sentence).containsExactly("Sois gentil.");
    }

    private void writeSchoolRules(String text) throws IOException {
        Path file = dataDir.resolve("content/rules/rules_en.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
