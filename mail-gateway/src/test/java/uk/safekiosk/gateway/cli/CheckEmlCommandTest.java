package uk.safekiosk.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.parse.MimeMessageParser;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.Policy;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.Verdict;

class CheckEmlCommandTest {

    /** A tiny stand-in for the real chain: attachments and defects hold, everything else is delivered. */
    private static final Policy HOLD_ATTACHMENTS_AND_DEFECTS = message -> {
        List<Finding> findings = new ArrayList<>();
        message.attachments().forEach(a -> findings.add(Finding.fact(ReasonCode.ATTACHMENT, "test", a.fileName())));
        message.defects().forEach(d -> findings.add(Finding.fact(ReasonCode.MALFORMED, "test", d)));
        return findings.isEmpty() ? new Verdict.Deliver(findings, "ok")
                : new Verdict.Hold(findings, "a teacher reads it first");
    };

    private final CheckEmlCommand command = new CheckEmlCommand(new MimeMessageParser());
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void printsOneJsonLinePerFileWithVerdictReasonsAndExplanation() throws IOException {
        Path good = copyFixture("plain-good.eml");
        Path tnef = copyFixture("tnef.eml");
        Path broken = copyFixture("wrong-boundary.eml");

        int exit = run(List.of(good.toString(), tnef.toString(), broken.toString()), HOLD_ATTACHMENTS_AND_DEFECTS);

        assertThat(exit).isZero();
        List<JsonNode> lines = outputLines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).propertyNames()).containsExactly("file", "verdict", "reasons", "explanation");
        assertThat(lines.get(0).get("file").asString()).isEqualTo(good.toString());
        assertThat(lines.get(0).get("verdict").asString()).isEqualTo("DELIVER");
        assertThat(lines.get(0).get("reasons")).isEmpty();
        assertThat(lines.get(0).get("explanation").asString()).isEqualTo("ok");
        assertThat(lines.get(1).get("verdict").asString()).isEqualTo("HOLD");
        assertThat(lines.get(1).get("reasons").get(0).asString()).isEqualTo("ATTACHMENT");
        assertThat(lines.get(2).get("reasons").get(0).asString()).isEqualTo("MALFORMED");
    }

    @Test
    void theParsedMessageWithHeaderAddressesReachesThePolicy() throws IOException {
        List<MessageView> seen = new ArrayList<>();
        Path good = copyFixture("plain-good.eml");

        run(List.of(good.toString()), message -> {
            seen.add(message);
            return new Verdict.Deliver(List.of(), "ok");
        });

        assertThat(seen).singleElement().satisfies(m -> {
            assertThat(m.sender()).isEqualTo("amy@class4.school.example");
            assertThat(m.recipients()).containsExactly("sam@class4.school.example");
            assertThat(m.subject()).isEqualTo("Lunch on Friday");
        });
    }

    @Test
    void unreadableFileIsReportedAndTheOthersAreStillChecked() throws IOException {
        Path good = copyFixture("plain-good.eml");
        Path missing = dir.resolve("missing.eml");

        int exit = run(List.of(missing.toString(), good.toString()), HOLD_ATTACHMENTS_AND_DEFECTS);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.eml");
        assertThat(outputLines()).singleElement()
                .satisfies(line -> assertThat(line.get("file").asString()).isEqualTo(good.toString()));
    }

    @Test
    void noFilesIsAUsageError() {
        int exit = run(List.of(), HOLD_ATTACHMENTS_AND_DEFECTS);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: check-eml FILE...");
        assertThat(out.size()).isZero();
    }

    private int run(List<String> args, Policy policy) {
        return command.run(args, policy, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> outputLines() {
        JsonMapper json = JsonMapper.builder().build();
        return out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
    }

    private Path copyFixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/eml/" + name)) {
            Path target = dir.resolve(name);
            Files.write(target, in.readAllBytes());
            return target;
        }
    }
}
