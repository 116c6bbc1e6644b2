package uk.safekiosk.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.safekiosk.gateway.support.TestSchool.ADA;
import static uk.safekiosk.gateway.support.TestSchool.BEN;
import static uk.safekiosk.gateway.support.TestSchool.TAN;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.gateway.support.MailClient;
import uk.safekiosk.gateway.support.RecordingListener;
import uk.safekiosk.gateway.support.TestGateway;
import uk.safekiosk.gateway.support.TestSchool;

/** A logged-on member sees their own mailbox and nothing else, however they name folders. */
class MailboxIsolationTest {

    @TempDir
    Path dataDir;

    private MailGateway gateway;
    private MailClient client;

    @BeforeEach
    void start() throws Exception {
        gateway = TestGateway.start(dataDir, new TestSchool(), new RecordingListener());
        client = TestGateway.client(gateway);
        client.send(TAN, "tan-pw", "For Ben only", "private", BEN);
        await().atMost(Duration.ofSeconds(10)).until(() -> client.inbox(BEN, "ben-pw").size() == 1);
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void refusesToOpenAnotherMembersInboxByItsAbsoluteName() throws Exception {
        // GreenMail names Ben's account folder after the hash code of his address.
        String bensInbox = "#mail." + BEN.hashCode() + ".INBOX";
        try (Store adas = client.imap(ADA, "ada-pw")) {
            Folder folder = adas.getFolder(bensInbox);
            assertThatThrownBy(() -> folder.open(Folder.READ_ONLY)).isInstanceOf(MessagingException.class);
            assertThat(Arrays.stream(adas.getDefaultFolder().list("*")).map(Folder::getFullName))
                    .containsExactly("INBOX");
            assertThat(adas.getFolder("#mail").exists()).isFalse();
            assertThat(adas.getDefaultFolder().list("#mail.*")).isEmpty();
            assertThat(adas.getFolder("#mail." + BEN.hashCode() + ".Planted").create(Folder.HOLDS_MESSAGES)).isFalse();
        }
        assertThat(client.inbox(BEN, "ben-pw")).hasSize(1);
        try (Store bens = client.imap(BEN, "ben-pw")) {
            assertThat(bens.getFolder("Planted").exists()).isFalse();
        }
    }

    @Test
    void refusesImapLogOnForStrangersAndWrongPasswords() {
        assertThatThrownBy(() -> client.imap("stranger@school.test", "anything")).isInstanceOf(MessagingException.class);
        assertThatThrownBy(() -> client.imap(BEN, "ada-pw")).isInstanceOf(MessagingException.class);
    }
}
