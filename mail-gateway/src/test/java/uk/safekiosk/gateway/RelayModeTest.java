package uk.safekiosk.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.safekiosk.gateway.support.TestSchool.ADA;
import static uk.safekiosk.gateway.support.TestSchool.BEN;
import static uk.safekiosk.gateway.support.TestSchool.TAN;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.gateway.store.MessageRef;
import uk.safekiosk.gateway.support.MailClient;
import uk.safekiosk.gateway.support.RecordingListener;
import uk.safekiosk.gateway.support.TestGateway;
import uk.safekiosk.gateway.support.TestSchool;

/** Relay mode: rebuilt messages go over SMTP to the school's own mail server (here a GreenMail SMTP peer). */
class RelayModeTest {

    @TempDir
    Path dataDir;

    private GreenMail schoolServer;
    private MailGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (schoolServer != null) {
            schoolServer.stop();
        }
    }

    @Test
    void relaysTheRebuiltPlainTextToTheNextHop() throws Exception {
        schoolServer = startSchoolServer(0);
        gateway = startRelayingTo(schoolServer.getSmtp().getPort());
        MailClient client = TestGateway.client(gateway);

        client.send(ADA, "ada-pw", "Relayed", "Hello through the school server", BEN, TAN);

        await().atMost(Duration.ofSeconds(10)).until(() -> schoolServer.getReceivedMessages().length == 2);
        MimeMessage relayed = schoolServer.getReceivedMessages()[0];
        assertThat(relayed.getContentType()).startsWith("text/plain");
        assertThat(relayed.getContent().toString().strip()).isEqualTo("Hello through the school server");
        assertThat(relayed.getSubject()).isEqualTo("Relayed");
        assertThat(((InternetAddress) relayed.getFrom()[0]).getAddress()).isEqualTo(ADA);
        assertThat(relayed.getRecipients(Message.RecipientType.TO))
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(BEN, TAN);
        assertThat(gateway.imapPort()).isEmpty();
        assertThatThrownBy(() -> gateway.removeForStaff(new MessageRef(BEN, 1, 1), bytes -> {}))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void neverRelaysAHeldMessage() throws Exception {
        schoolServer = startSchoolServer(0);
        gateway = startRelayingTo(schoolServer.getSmtp().getPort());
        MailClient client = TestGateway.client(gateway);

        client.send(ADA, "ada-pw", "Held", "HOLDME", BEN);
        client.send(ADA, "ada-pw", "Fine", "a normal message", BEN);

        await().atMost(Duration.ofSeconds(10)).until(() -> schoolServer.getReceivedMessages().length == 1);
        assertThat(schoolServer.getReceivedMessages()[0].getSubject()).isEqualTo("Fine");
        assertThat(gateway.heldMessages().list()).hasSize(1);
    }

    @Test
    void keepsTryingUntilTheNextHopComesBack() throws Exception {
        AtomicInteger refused = new AtomicInteger();
        int port;
        try (ServerSocket broken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = broken.getLocalPort();
            Thread.ofPlatform().daemon().start(() -> {
                while (!broken.isClosed()) {
                    try (Socket hangUp = broken.accept()) {
                        refused.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            gateway = startRelayingTo(port);
            TestGateway.client(gateway).send(ADA, "ada-pw", "Patience", "the school server was down", BEN);
            await().atMost(Duration.ofSeconds(10)).until(() -> refused.get() >= 1);
        }

        schoolServer = startSchoolServer(port);

        await().atMost(Duration.ofSeconds(20)).until(() -> schoolServer.getReceivedMessages().length == 1);
        assertThat(schoolServer.getReceivedMessages()[0].getSubject()).isEqualTo("Patience");
    }

    private MailGateway startRelayingTo(int port) throws Exception {
        return TestGateway.start(GatewayConfig.builder(dataDir).smtpPort(0).relayTo("127.0.0.1", port).build(),
                new TestSchool(), new RecordingListener());
    }

    private static GreenMail startSchoolServer(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }
}
