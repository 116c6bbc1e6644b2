package uk.safekiosk.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.safekiosk.gateway.support.TestSchool.ADA;
import static uk.safekiosk.gateway.support.TestSchool.BEN;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.safekiosk.gateway.MailGateway;
import uk.safekiosk.gateway.support.MailClient;
import uk.safekiosk.gateway.support.RecordingListener;
import uk.safekiosk.gateway.support.TestGateway;
import uk.safekiosk.gateway.support.TestSchool;

class GatewayCliTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String stdin, String... args) {
        CliStreams io = new CliStreams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return GatewayCli.run(List.of(args), io);
    }

    private List<JsonNode> outputLines() {
        return out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
    }

    @Test
    void checkMessagesPrintsOneVerdictLinePerMessage() {
        String input = """
                {"id":"a","subject":"","body":"we saw a rainbow"}
                {"id":"b","subject":"my number","body":"07700 900 123"}
                {"id":"c","body":"i want to die"}
                """;

        int code = run(input, "check-messages", "-");

        assertThat(code).isZero();
        List<JsonNode> lines = outputLines();
        assertThat(lines).extracting(n -> n.get("id").asString()).containsExactly("a", "b", "c");
        assertThat(lines).extracting(n -> n.get("verdict").asString()).containsExactly("DELIVER", "BLOCK", "ESCALATE");
        assertThat(lines.get(1).get("reasons").get(0).asString()).isEqualTo("PHONE");
        assertThat(lines.get(0).get("reasons").isEmpty()).isTrue();
        assertThat(lines).allSatisfy(n -> assertThat(n.get("explanation").asString()).isNotBlank());
        assertThat(lines.getFirst().propertyNames()).containsExactly("id", "verdict", "reasons", "explanation");
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndSkipped() {
        String input = "{\"id\":\"a\",\"body\":\"hi\"}\nnot json at all\n[1,2]\n{\"id\":\"d\",\"body\":\"stfu\"}\n";

        int code = run(input, "check-messages", "-");

        assertThat(code).isZero();
        assertThat(outputLines()).extracting(n -> n.get("id").asString()).containsExactly("a", "d");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2").contains("line 3");
    }

    @Test
    void readsAFile() throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, "{\"id\":\"x\",\"subject\":\"\",\"body\":\"add me on snap\"}\n");

        assertThat(run("", "check-messages", file.toString())).isZero();
        assertThat(outputLines()).singleElement()
                .satisfies(n -> assertThat(n.get("verdict").asString()).isEqualTo("BLOCK"));
    }

    @Test
    void anUnreadableFileFails() {
        assertThat(run("", "check-messages", dir.resolve("missing.jsonl").toString())).isEqualTo(GatewayCli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.jsonl");
    }

    @Test
    void aSchoolDataDirChangesTheVerdicts() throws IOException {
        Path verdicts = dir.resolve("content/gateway/verdicts.properties");
        Files.createDirectories(verdicts.getParent());
        Files.writeString(verdicts, "PHONE = HOLD\n");

        run("{\"id\":\"p\",\"body\":\"07700 900 123\"}\n", "check-messages", "-", "--data-dir", dir.toString());

        assertThat(outputLines()).singleElement()
                .satisfies(n -> assertThat(n.get("verdict").asString()).isEqualTo("HOLD"));
    }

    @Test
    void compactRewritesAStoppedGatewaysJournalKeepingItsMailboxes() throws Exception {
        MailGateway gateway = TestGateway.start(dir, new TestSchool(), new RecordingListener());
        MailClient client = TestGateway.client(gateway);
        try (gateway) {
            client.send(ADA, "ada-pw", "kept", "stays", BEN);
            client.send(ADA, "ada-pw", "deleted", "goes", BEN);
            await().atMost(Duration.ofSeconds(10)).until(() -> client.inbox(BEN, "ben-pw").size() == 2);
            assertThat(run("", "compact", "--data-dir", dir.toString())).isEqualTo(GatewayCli.FAILED);
            try (Store store = client.imap(BEN, "ben-pw"); Folder inbox = store.getFolder("INBOX")) {
                inbox.open(Folder.READ_WRITE);
                inbox.getMessages()[1].setFlag(Flags.Flag.DELETED, true);
            }
        }
        long before = Files.size(dir.resolve("journal/journal.log"));

        assertThat(run("", "compact", "--data-dir", dir.toString())).isEqualTo(GatewayCli.OK);

        long after = Files.size(dir.resolve("journal/journal.log"));
        assertThat(after).isLessThan(before);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(String.format(Locale.ROOT, "%,d bytes before, %,d after", before, after));
        try (MailGateway restarted = TestGateway.start(dir, new TestSchool(), new RecordingListener())) {
            assertThat(TestGateway.client(restarted).inbox(BEN, "ben-pw")).extracting(MailClient.Received::subject)
                    .containsExactly("kept");
        }
    }

    @Test
    void compactNeedsADataDirectoryWithAJournal() {
        assertThat(run("", "compact")).isEqualTo(GatewayCli.USAGE);
        assertThat(run("", "compact", "--data-dir", dir.toString())).isEqualTo(GatewayCli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: compact").contains("no gateway journal");
        assertThat(Files.exists(dir.resolve("journal"))).isFalse();
    }

    @Test
    void unknownCommandsAndMissingArgumentsShowUsage() {
        assertThat(run("", "frobnicate")).isEqualTo(GatewayCli.USAGE);
        assertThat(run("")).isEqualTo(GatewayCli.USAGE);
        assertThat(run("", "check-messages")).isEqualTo(GatewayCli.USAGE);
        assertThat(run("", "check-messages", "-", "--data-dir", dir.resolve("nope").toString()))
                .isEqualTo(GatewayCli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("check-messages").contains("usage");
    }
}
