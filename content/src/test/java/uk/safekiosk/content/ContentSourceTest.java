package uk.safekiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSourceTest {

    @TempDir
    Path dataDir;

    @Test
    void schoolListLinesExtendTheShippedOnes() throws IOException {
        write("test/words.txt", "# a school's own words\n  extra  \n\n");

        var lines = ContentSource.withSchoolOverrides(dataDir).listLines("test/words.txt");

        assertThat(lines).containsExactly("alpha", "beta", "extra");
    }

    @Test
    void schoolPropertiesReplaceShippedKeysOneByOne() throws IOException {
        write("test/wording.properties", "greeting=Bore da\n");

        var props = ContentSource.withSchoolOverrides(dataDir).properties("test/wording.properties");

        assertThat(props.getProperty("greeting")).isEqualTo("Bore da");
        assertThat(props.getProperty("farewell")).isEqualTo("See you soon");
    }

    @Test
    void pathsCannotEscapeTheSchoolContentFolder() throws IOException {
        Files.writeString(dataDir.resolve("secret.txt"), "nope");

        var text = ContentSource.withSchoolOverrides(dataDir).text("../secret.txt");

        assertThat(text).isEmpty();
    }

    @Test
    void defaultsIgnoreAnySchoolFolder() {
        assertThat(ContentSource.defaults().listLines("test/words.txt")).containsExactly("alpha", "beta");
    }

    private void write(String relative, String text) throws IOException {
        Path file = dataDir.resolve("content").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
