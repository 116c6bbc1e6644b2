package uk.safekiosk.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.safekiosk.gateway.support.TestSchool.ADA;
import static uk.safekiosk.gateway.support.TestSchool.BEN;

import jakarta.mail.Folder;
import jakarta.mail.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.gateway.support.GatewayProcess;
import uk.safekiosk.gateway.support.MailClient;
import uk.safekiosk.gateway.support.MailClient.Received;
import uk.safekiosk.gateway.support.RecordingListener;
import uk.safekiosk.gateway.support.TestGateway;
import uk.safekiosk.gateway.support.TestSchool;

/** The gateway in its own JVM, killed with SIGKILL right after answering 250: nothing it answered for is lost. */
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

    private MailClient startChild() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                        GatewayProcess.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (java.io.IOException e) {
                lines.add("output closed: " + e);
            }
        });
        String ready = await().atMost(Duration.ofSeconds(60))
                .until(() -> lines.stream().filter(l -> l.startsWith("READY ")).findFirst().orElse(null),
                        line -> line != null);
        String[] ports = ready.split(" ");
        return new MailClient(Integer.parseInt(ports[1]), Integer.parseInt(ports[2]));
    }
}
