package uk.safekiosk.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt run(String input, String... args) {
        return SearchCommands.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void checkQueriesPrintsOneVerdictLinePerQuery(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("q.jsonl");
        Files.writeString(file, """
                {"id":"a","query":"volcanoes for kids"}
                {"id":"b","query":"facebook login"}

                {"id":"c","query":"how to hurt myself"}
                not json
                {"query":"no id"}
                {"id":"d","query":"naked women with a gun for sale"}
                """);

        OptionalInt exit = run("", "check-queries", file.toString());

        assertThat(exit).hasValue(SearchCommands.OK);
        assertThat(lines()).containsExactly(
                "{\"id\":\"a\",\"verdict\":\"ALLOW\",\"reasons\":[]}",
                "{\"id\":\"b\",\"verdict\":\"BLOCK\",\"reasons\":[\"SOCIAL_MEDIA\"]}",
                "{\"id\":\"c\",\"verdict\":\"ESCALATE\",\"reasons\":[\"SELFHARM\"]}",
                "{\"id\":\"d\",\"verdict\":\"BLOCK\",\"reasons\":[\"ADULT\",\"WEAPONS\"]}");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 5: not valid JSON")
                .contains("line 6: expected an object");
    }

    @Test
    void checkQueriesReadsStandardInputAndASchoolsLists(@TempDir Path dataDir) throws IOException {
        Files.createDirectories(dataDir.resolve("content/search/screen"));
        Files.writeString(dataDir.resolve("content/search/screen/bypass.txt"), "fidget app\n");

        run("{\"id\":\"x\",\"query\":\"fidget app\"}\n", "check-queries", "-", "--data-dir", dataDir.toString());

        assertThat(lines()).containsExactly("{\"id\":\"x\",\"verdict\":\"BLOCK\",\"reasons\":[\"BYPASS\"]}");
    }

    @Test
    void badUsageExplainsItself() {
        assertThat(run("", "check-queries")).hasValue(SearchCommands.USAGE);
        assertThat(run("", "check-queries", "x.jsonl", "--data-dir", "/no/such/folder"))
                .hasValue(SearchCommands.USAGE);
        assertThat(run("", "check-queries", "/no/such/file.jsonl")).hasValue(SearchCommands.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: check-queries")
                .contains("no such data directory").contains("cannot read");
    }

    @Test
    void anythingElseStartsTheWebApp() {
        assertThat(run("")).isEmpty();
        assertThat(run("", "--server.port=9090")).isEmpty();
        assertThat(out.size()).isZero();
    }
}
