package uk.safekiosk.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.safekiosk.gateway.support.TestSchool.ADA;
import static uk.safekiosk.gateway.support.TestSchool.BEN;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.gateway.journal.Journal;
import uk.safekiosk.gateway.support.CompactingProcess;
import uk.safekiosk.gateway.support.GatewayProcess;
import uk.safekiosk.gateway.support.JournalState;
import uk.safekiosk.gateway.support.MailClient;
import uk.safekiosk.gateway.support.MailClient.Received;
import uk.safekiosk.gateway.support.RecordingListener;
import uk.safekiosk.gateway.support.TestGateway;
import uk.safekiosk.gateway.support.TestSchool;

/**
 * The gateway in its own JVM, killed with SIGKILL right after answering 250: nothing it answered for is lost. And a
 * journal compaction in its own JVM, killed halfway or just after the new journal took the old one's place: the
 * journal is whole either way.
 */
class KillNineTest {

    @TempDir
    Path dataDir;

    private Process process;
    private MailGateway restarted;

    @AfterEach
    void cleanUp() {
        if (process != null) {
            process.destroyForcibly();
        }
        if (restarted != null) {
            restarted.close();
        }
    }

    @Test
    void keepsEveryAcceptedMessageAndReadStateAfterKillMinusNine() throws Exception {
        MailClient child = startChild();
        child.send(ADA, "ada-pw", "read before the crash", "first", BEN);
        await().atMost(Duration.ofSeconds(10)).until(() -> child.inbox(BEN, "ben-pw").size() == 1);
        try (Store store = child.imap(BEN, "ben-pw")) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            IMAPMessage message = (IMAPMessage) inbox.getMessages()[0];
            message.setPeek(false);
            message.getContent();
            inbox.close(false);
        }
        child.send(ADA, "ada-pw", "sent just before the crash", "second", BEN);

        process.destroyForcibly();
        assertThat(process.waitFor()).isNotZero();

        restarted = TestGateway.start(dataDir, new TestSchool(), new RecordingListener());
        MailClient client = TestGateway.client(restarted);
        List<Received> inbox = await().atMost(Duration.ofSeconds(10))
                .until(() -> client.inbox(BEN, "ben-pw"), messages -> messages.size() >= 2);
        assertThat(inbox).extracting(Received::subject)
                .containsExactly("read before the crash", "sent just before the crash");
        assertThat(inbox).extracting(Received::seen).containsExactly(true, false);
    }

    @Test
    void aCompactionKilledHalfwayLeavesTheOldJournalWholeAndTheLockHeldUntilTheEnd() throws Exception {
        byte[] before = dayOfMail();
        List<String> state = JournalState.of(dataDir);

        startChild(CompactingProcess.class, "HALFWAY", dataDir.toString(), "halfway");
        assertThat(Files.exists(journalDir().resolve("journal.log.compacting"))).isTrue();
        assertThatThrownBy(() -> Journal.open(journalDir())).isInstanceOf(IOException.class)
                .hasMessageContaining("Another gateway is using");
        process.destroyForcibly();
        assertThat(process.waitFor()).isNotZero();

        assertThat(Files.readAllBytes(journalDir().resolve("journal.log"))).isEqualTo(before);
        assertThat(JournalState.of(dataDir)).isEqualTo(state);
        assertThat(Files.exists(journalDir().resolve("journal.log.compacting"))).isFalse();
        assertThatBensMailIsAllThere();
    }

    @Test
    void aCompactionKilledJustAfterTheRenameLeavesTheCompactedJournal() throws Exception {
        byte[] before = dayOfMail();
        List<String> state = JournalState.of(dataDir);

        startChild(CompactingProcess.class, "RENAMED", dataDir.toString(), "renamed");
        process.destroyForcibly();
        assertThat(process.waitFor()).isNotZero();

        assertThat(Files.size(journalDir().resolve("journal.log"))).isLessThan(before.length);
        assertThat(JournalState.of(dataDir)).isEqualTo(state);
        assertThatBensMailIsAllThere();
    }

    /** Ben gets ten messages, reads two and deletes five; returns the journal as it is then. */
    private byte[] dayOfMail() throws Exception {
        MailGateway gateway = TestGateway.start(dataDir, new TestSchool(), new RecordingListener());
        try (gateway) {
            MailClient client = TestGateway.client(gateway);
            for (int i = 1; i <= 10; i++) {
                client.send(ADA, "ada-pw", "message " + i, "body " + i, BEN);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> client.inbox(BEN, "ben-pw").size() == 10);
            try (Store store = client.imap(BEN, "ben-pw"); Folder inbox = store.getFolder("INBOX")) {
                inbox.open(Folder.READ_WRITE);
                Message[] m = inbox.getMessages();
                m[0].setFlag(Flags.Flag.SEEN, true);
                m[1].setFlag(Flags.Flag.SEEN, true);
                for (int i = 5; i < 10; i++) {
                    m[i].setFlag(Flags.Flag.DELETED, true);
                }
            }
        }
        return Files.readAllBytes(journalDir().resolve("journal.log"));
    }

    private void assertThatBensMailIsAllThere() throws Exception {
        restarted = TestGateway.start(dataDir, new TestSchool(), new RecordingListener());
        List<Received> inbox = TestGateway.client(restarted).inbox(BEN, "ben-pw");
        assertThat(inbox).extracting(Received::subject)
                .containsExactly("message 1", "message 2", "message 3", "message 4", "message 5");
        assertThat(inbox).extracting(Received::seen).containsExactly(true, true, false, false, false);
    }

    private Path journalDir() {
        return dataDir.resolve("journal");
    }

    private MailClient startChild() throws Exception {
        String[] ports = startChild(GatewayProcess.class, "READY ", dataDir.toString()).split(" ");
        return new MailClient(Integer.parseInt(ports[1]), Integer.parseInt(ports[2]));
    }

    /** Starts {@code main} in a new JVM and returns the first line it prints that starts with {@code signal}. */
    private String startChild(Class<?> main, String signal, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (IOException e) {
                lines.add("output closed: " + e);
            }
        });
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> lines.stream().filter(l -> l.startsWith(signal)).findFirst().orElse(null),
                        line -> line != null);
    }
}
