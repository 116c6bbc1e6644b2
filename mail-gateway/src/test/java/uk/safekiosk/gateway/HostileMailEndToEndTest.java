package uk.safekiosk.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.safekiosk.gateway.support.TestSchool.ADA;
import static uk.safekiosk.gateway.support.TestSchool.BEN;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.parse.MimeMessageParser;
import uk.safekiosk.gateway.policy.PolicyChain;
import uk.safekiosk.gateway.support.MailClient;
import uk.safekiosk.gateway.support.TestSchool;

/**
 * Every hostile fixture, sent byte for byte over real SMTP through the real parser and policy chain: the gateway
 * answers each with a decision and stays up, nothing with an attachment or a MIME defect is delivered, and what is
 * delivered is one plain-text part with none of the hidden content.
 */
class HostileMailEndToEndTest {

    /** Fixtures a child must never receive as sent: attachments in any disguise, or MIME that is malformed. */
    private static final Set<String> NEVER_DELIVERED = Set.of(
            "base64-block-in-text", "base64-disguised-as-text", "cid-reference", "conflicting-content-type",
            "data-uri-image", "encoded-word-filename", "html-script-hidden", "message-rfc822", "missing-boundary",
            "nested-200-deep", "rfc2231-filename", "tnef", "truncated-multipart", "unknown-charset",
            "unparseable-header", "utf7-text", "uuencoded", "wrong-boundary");
    private static final List<String> HIDDEN_MARKERS = List.of("secret", "07700", "begin 644", "winmail",
            "data:image", "cid:", "<script", "TVqQ", "<html", "Content-Disposition: attachment");

    @TempDir
    Path dataDir;

    private final TestSchool school = new TestSchool();
    private MailGateway gateway;
    private MailClient client;

    @BeforeEach
    void start() throws IOException {
        gateway = MailGateway.builder(GatewayConfig.builder(dataDir).smtpPort(0).imapPort(0).build())
                .roster(school).credentials(school)
                .parser(new MimeMessageParser())
                .policy(PolicyChain.fromContent(ContentSource.defaults()))
                .build().start();
        client = new MailClient(gateway.smtpPort(), gateway.imapPort().orElseThrow());
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void everyHostileFixtureGetsADecisionAndNothingHiddenReachesTheMailbox() throws Exception {
        Map<String, Integer> replies = new LinkedHashMap<>();
        for (String name : fixtureNames()) {
            int inboxBefore = client.inbox(BEN, "ben-pw").size();
            int heldBefore = gateway.heldMessages().list().size();

            int reply = sendRaw(addressedToBen(fixture(name)));
            replies.put(name, reply);

            assertThat(reply).as("SMTP reply to %s", name).isIn(250, 550);
            if (reply == 250) {
                await().atMost(Duration.ofSeconds(10)).until(() ->
                        client.inbox(BEN, "ben-pw").size() > inboxBefore
                                || gateway.heldMessages().list().size() > heldBefore);
            }
            if (NEVER_DELIVERED.contains(name)) {
                assertThat(client.inbox(BEN, "ben-pw")).as("%s must not reach Ben", name).hasSize(inboxBefore);
            }
        }

        assertThat(replies).containsEntry("plain-good", 250).containsEntry("alternative-good", 250);
        List<MailClient.Received> inbox = client.inbox(BEN, "ben-pw");
        assertThat(inbox).isNotEmpty().allSatisfy(received -> {
            assertThat(received.contentType()).startsWith("text/plain");
            assertThat(received.content()).isInstanceOf(String.class);
            String raw = new String(received.rfc822(), StandardCharsets.UTF_8);
            HIDDEN_MARKERS.forEach(marker -> assertThat(raw).doesNotContainIgnoringCase(marker));
        });
        client.send(ADA, "ada-pw", "Still there?", "The gateway is still answering.", BEN);
        await().atMost(Duration.ofSeconds(10)).until(() -> client.inbox(BEN, "ben-pw").size() == inbox.size() + 1);
    }

    private static List<String> fixtureNames() throws IOException {
        try (InputStream list = HostileMailEndToEndTest.class.getResourceAsStream("/eml/")) {
            return new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8)).lines()
                    .filter(f -> f.endsWith(".eml")).map(f -> f.substring(0, f.length() - 4)).sorted().toList();
        }
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = HostileMailEndToEndTest.class.getResourceAsStream("/eml/" + name + ".eml")) {
            return in.readAllBytes();
        }
    }

    /** The fixture's own From/To lines become Ada and Ben; every other byte stays as it was. */
    private static byte[] addressedToBen(byte[] eml) {
        String text = new String(eml, StandardCharsets.ISO_8859_1);
        text = text.replaceFirst("(?m)^From:[^\r\n]*", "From: Ada <" + ADA + ">")
                .replaceFirst("(?m)^To:[^\r\n]*", "To: Ben <" + BEN + ">");
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A plain SMTP conversation, so the bytes arrive exactly as written (no client tidies them up). */
    private int sendRaw(byte[] message) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", gateway.smtpPort())) {
            socket.setSoTimeout(30_000);
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            reply(in);
            command(out, in, "EHLO test");
            String auth = Base64.getEncoder().encodeToString(("\0" + ADA + "\0ada-pw").getBytes(StandardCharsets.UTF_8));
            command(out, in, "AUTH PLAIN " + auth);
            command(out, in, "MAIL FROM:<" + ADA + ">");
            command(out, in, "RCPT TO:<" + BEN + ">");
            command(out, in, "DATA");
            out.write(dotStuffed(message));
            out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            int code = reply(in);
            command(out, in, "QUIT");
            return code;
        }
    }

    private static int command(OutputStream out, BufferedReader in, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return reply(in);
    }

    private static int reply(BufferedReader in) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("The gateway closed the connection");
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
        return Integer.parseInt(line.substring(0, 3));
    }

    private static byte[] dotStuffed(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1).replaceAll("(?<!\r)\n", "\r\n");
        if (!text.endsWith("\r\n")) {
            text += "\r\n";
        }
        return text.replaceAll("(?m)^\\.", "..").getBytes(StandardCharsets.ISO_8859_1);
    }
}
