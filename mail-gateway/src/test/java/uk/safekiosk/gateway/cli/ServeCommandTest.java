package uk.safekiosk.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.gateway.roster.PasswordHash;
import uk.safekiosk.gateway.support.MailClient;
import uk.safekiosk.gateway.support.TestParser;
import uk.safekiosk.gateway.support.TestPolicy;

class ServeCommandTest {

    @TempDir
    Path dir;

    private final ServeCommand serve = new ServeCommand(new TestParser(), new TestPolicy());
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void servesTheRosterFileUntilStopped() throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, String.join("\n",
                "address,display name,role,classes,password hash",
                "ada@school.test,Ada,PUPIL,6L," + PasswordHash.create("ada-secret", 1000, new SecureRandom()),
                "ben@school.test,Ben,PUPIL,6L," + PasswordHash.create("ben-secret", 1000, new SecureRandom())));
        CompletableFuture<Void> stop = new CompletableFuture<>();
        List<String> args = List.of("--data-dir", dir.resolve("data").toString(), "--roster", roster.toString(),
                "--smtp-port", "0", "--imap-port", "0");

        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> serve.run(args, print(out), print(err), stop));
        Matcher ports = await().atMost(Duration.ofSeconds(30)).until(
                () -> Pattern.compile("SMTP on 127.0.0.1:(\\d+), IMAP on 127.0.0.1:(\\d+)").matcher(text(out)),
                Matcher::find);
        MailClient client = new MailClient(Integer.parseInt(ports.group(1)), Integer.parseInt(ports.group(2)));
        client.send("ada@school.test", "ada-secret", "Hi", "from the command line", "ben@school.test");
        await().atMost(Duration.ofSeconds(10)).until(() -> client.inbox("ben@school.test", "ben-secret").size() == 1);
        stop.complete(null);

        assertThat(exit.get()).isZero();
        assertThat(text(out)).contains("serving 2 members");
        assertThat(Files.exists(dir.resolve("data/journal/journal.log"))).isTrue();
    }

    @Test
    void explainsMissingAndUnknownOptions() {
        assertThat(serve.run(List.of("--roster", "x.csv"), print(out), print(err), new CompletableFuture<>()))
                .isEqualTo(2);
        assertThat(text(err)).contains("--data-dir and --roster are required").contains("usage: serve");
        assertThat(serve.run(List.of("--data-dir", "d", "--roster", "r", "--colour", "blue"), print(out), print(err),
                new CompletableFuture<>())).isEqualTo(2);
        assertThat(text(err)).contains("unknown option --colour");
        assertThat(serve.run(List.of("--data-dir", "d", "--roster", "r", "--relay", "mail.school"), print(out),
                print(err), new CompletableFuture<>())).isEqualTo(2);
        assertThat(text(err)).contains("--relay needs HOST:PORT");
    }

    @Test
    void refusesANegativeCompactionThreshold() {
        int code = serve.run(List.of("--data-dir", dir.toString(), "--roster", "r.csv",
                "--compact-journal-above-mb", "-1"), print(out), print(err), new CompletableFuture<>());

        assertThat(code).isEqualTo(2);
        assertThat(text(err)).contains("compactJournalAbove must be 0 (never) or more");
    }

    @Test
    void reportsAnUnreadableRoster() {
        int code = serve.run(List.of("--data-dir", dir.toString(), "--roster", dir.resolve("missing.csv").toString()),
                print(out), print(err), new CompletableFuture<>());

        assertThat(code).isEqualTo(2);
        assertThat(text(err)).contains("cannot read the roster");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
