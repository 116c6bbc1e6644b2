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

class RuleBookLoaderTest {

    @TempDir
    Path dataDir;

    @Test
    void aSchoolsOwnRulesFileReplacesTheShippedRulesAndChangesTheVersion() throws IOException {
        RuleBook shipped = RuleBookLoader.load(ContentSource.defaults(), Locale.UK);
        writeSchoolRules("# Our own\nHEART | We look after each other.\nLOCK | Passwords stay secret.\n");

        RuleBook school = RuleBookLoader.load(ContentSource.withSchoolOverrides(dataDir), Locale.UK);

        assertThat(school.rules()).extracting(SchoolRule::sentence)
                .containsExactly("We look after each other.", "Passwords stay secret.");
        assertThat(school.version()).isNotEqualTo(shipped.version());
    }

    @Test
    void anUnknownIconIsAClearErrorNamingTheLine() throws IOException {
        writeSchoolRules("HEART | Be kind.\nUNICORN | Ride a unicorn.\n");

        assertThatThrownBy(() -> RuleBookLoader.load(ContentSource.withSchoolOverrides(dataDir), Locale.UK))
                .hasMessageContaining("rules_en.txt line 2")
                .hasMessageContaining("UNICORN");
    }

    @Test
    void aLineWithoutAnIconIsAClearError() throws IOException {
        writeSchoolRules("Be kind to everyone.\n");

        assertThatThrownBy(() -> RuleBookLoader.load(ContentSource.withSchoolOverrides(dataDir), Locale.UK))
                .hasMessageContaining("line 1").hasMessageContaining("ICON | sentence");
    }

    private void writeSchoolRules(String text) throws IOException {
        Path file = dataDir.resolve("content/rules/rules_en.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
