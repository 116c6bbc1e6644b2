package uk.safekiosk.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.safekiosk.gateway.support.TestSchool.ADA;
import static uk.safekiosk.gateway.support.TestSchool.BEN;
import static uk.safekiosk.gateway.support.TestSchool.TAN;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.gateway.events.GatewayEvent;
import uk.safekiosk.gateway.journal.Journal;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.journal.StoredFlags;
import uk.safekiosk.gateway.journal.VerdictKind;
import uk.safekiosk.gateway.roster.Member;
import uk.safekiosk.gateway.roster.Role;
import uk.safekiosk.gateway.store.MessageRef;
import uk.safekiosk.gateway.support.MailClient;
import uk.safekiosk.gateway.support.MailClient.Received;
import uk.safekiosk.gateway.support.RecordingListener;
import uk.safekiosk.gateway.support.TestGateway;
import uk.safekiosk.gateway.support.TestSchool;

/** Stop, start again on the same data directory: everything is back once, with the state IMAP clients gave it. */
class DurabilityTest {

    @TempDir
    Path dataDir;

    private final TestSchool school = new TestSchool();
    private final RecordingListener events = new RecordingListener();
    private MailGateway gateway;
    private MailClient client;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void keepsAMessageAcceptedJustBeforeStoppingExactlyOnce() throws Exception {
        start();
        client.send(ADA, "ada-pw", "Before the bell", "Hello", BEN);

        restart();

        assertThat(client.inbox(BEN, "ben-pw")).extracting(Received::subject).containsExactly("Before the bell");
        restart();
        assertThat(client.inbox(BEN, "ben-pw")).extracting(Received::subject).containsExactly("Before the bell");
    }

    @Test
    void deliversAMessageThatWasJournaledButNotDeliveredBeforeACrash() throws Exception {
        start();
        gateway.close();
        try (Journal journal = Journal.open(journalDir())) {
            journal.append(accepted("crash-1", "accepted, then the power went"));
        }

        start();

        assertThat(awaitInbox(BEN, 1)).extracting(Received::subject).containsExactly("accepted, then the power went");
        restart();
        assertThat(client.inbox(BEN, "ben-pw")).hasSize(1);
    }

    @Test
    void doesNotDeliverTwiceWhenTheCrashCameAfterTheMailboxButBeforeTheDeliveryMark() throws Exception {
        start();
        gateway.close();
        List<JournalEntry> before = new ArrayList<>();
        try (Journal journal = Journal.open(journalDir())) {
            journal.replay(before::add);
            long bensInbox = before.stream()
                    .filter(e -> e instanceof JournalEntry.FolderLayout l && l.account().equals(BEN))
                    .map(e -> ((JournalEntry.FolderLayout) e).folders().getFirst().id())
                    .findFirst()
                    .orElseThrow();
            JournalEntry.Accepted accepted = accepted("crash-2", "in the mailbox already");
            journal.append(accepted, new JournalEntry.MailboxAppended(1_000, bensInbox, Instant.now(), StoredFlags.NONE,
                    Optional.of(new JournalEntry.Origin("crash-2", BEN)), accepted.rfc822()));
        }

        start();

        assertThat(client.inbox(BEN, "ben-pw")).extracting(Received::subject).containsExactly("in the mailbox already");
        assertThat(events.of(GatewayEvent.Delivered.class)).hasSize(1);
        restart();
        assertThat(client.inbox(BEN, "ben-pw")).hasSize(1);
    }

    @Test
    void keepsSeenAndDeletedStateAcrossRestarts() throws Exception {
        start();
        for (String subject : List.of("one", "two", "three", "four")) {
            client.send(ADA, "ada-pw", subject, "body of " + subject, BEN);
        }
        awaitInbox(BEN, 4);
        try (Store store = client.imap(BEN, "ben-pw")) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message[] m = inbox.getMessages();
            m[0].setFlag(Flags.Flag.SEEN, true);
            m[1].setFlag(Flags.Flag.DELETED, true);
            m[2].setFlag(Flags.Flag.DELETED, true);
            m[3].setFlags(new Flags("gold-star"), true);
            ((IMAPFolder) inbox).expunge(new Message[] {m[1]});
            inbox.close(false); // Folder.close() would expunge the other deleted message too
        }

        restart();

        List<Received> inbox = client.inbox(BEN, "ben-pw");
        assertThat(inbox).extracting(Received::subject).containsExactly("one", "three", "four");
        assertThat(inbox).extracting(Received::seen).containsExactly(true, false, false);
        assertThat(inbox).extracting(Received::deleted).containsExactly(false, true, false);
        try (Store store = client.imap(BEN, "ben-pw"); Folder folder = store.getFolder("INBOX")) {
            folder.open(Folder.READ_ONLY);
            assertThat(folder.getMessages()[2].getFlags().contains("gold-star")).isTrue();
        }
    }

    @Test
    void marksAMessageSeenWhenAClientReadsItAndRemembersThat() throws Exception {
        start();
        client.send(ADA, "ada-pw", "read me", "the body", BEN);
        awaitInbox(BEN, 1);
        try (Store store = client.imap(BEN, "ben-pw"); Folder inbox = store.getFolder("INBOX")) {
            inbox.open(Folder.READ_WRITE);
            Message message = inbox.getMessages()[0];
            ((IMAPMessage) message).setPeek(false);
            assertThat(message.getContent().toString()).contains("the body");
        }

        restart();

        assertThat(client.inbox(BEN, "ben-pw")).singleElement().satisfies(r -> assertThat(r.seen()).isTrue());
    }

    @Test
    void keepsFoldersCopiesMovesAndAppendsMadeOverImap() throws Exception {
        start();
        client.send(ADA, "ada-pw", "keep me", "a", BEN);
        client.send(ADA, "ada-pw", "move me", "b", BEN);
        awaitInbox(BEN, 2);
        try (Store store = client.imap(BEN, "ben-pw")) {
            Folder keep = store.getFolder("Keep");
            keep.create(Folder.HOLDS_MESSAGES);
            keep.setSubscribed(true);
            Folder drafts = store.getFolder("Drafts");
            drafts.create(Folder.HOLDS_MESSAGES);
            MimeMessage draft = MailClient.message(BEN, "half written", "dear Ada", ADA);
            draft.setFlag(Flags.Flag.DRAFT, true);
            drafts.appendMessages(new Message[] {draft});
            try (Folder inbox = store.getFolder("INBOX")) {
                inbox.open(Folder.READ_WRITE);
                Message[] m = inbox.getMessages();
                inbox.copyMessages(new Message[] {m[0]}, keep);
                ((IMAPFolder) inbox).moveMessages(new Message[] {m[1]}, keep);
            }
            Folder old = store.getFolder("Old");
            old.create(Folder.HOLDS_MESSAGES);
            old.renameTo(store.getFolder("Archive"));
        }

        restart();

        assertThat(client.inbox(BEN, "ben-pw")).extracting(Received::subject).containsExactly("keep me");
        assertThat(client.folder(BEN, "ben-pw", "Keep")).extracting(Received::subject)
                .containsExactly("keep me", "move me");
        assertThat(client.folder(BEN, "ben-pw", "Drafts")).singleElement()
                .satisfies(r -> assertThat(r.subject()).isEqualTo("half written"));
        try (Store store = client.imap(BEN, "ben-pw")) {
            assertThat(store.getFolder("Archive").exists()).isTrue();
            assertThat(store.getFolder("Old").exists()).isFalse();
            assertThat(store.getFolder("Keep").isSubscribed()).isTrue();
            try (Folder drafts = store.getFolder("Drafts")) {
                drafts.open(Folder.READ_ONLY);
                assertThat(drafts.getMessages()[0].isSet(Flags.Flag.DRAFT)).isTrue();
            }
        }
    }

    @Test
    void forgetsAFolderDeletedOverImap() throws Exception {
        start();
        client.send(ADA, "ada-pw", "to be filed", "a", BEN);
        awaitInbox(BEN, 1);
        try (Store store = client.imap(BEN, "ben-pw")) {
            Folder junk = store.getFolder("Junk");
            junk.create(Folder.HOLDS_MESSAGES);
            try (Folder inbox = store.getFolder("INBOX")) {
                inbox.open(Folder.READ_WRITE);
                inbox.copyMessages(inbox.getMessages(), junk);
            }
            junk.delete(false);
        }

        restart();

        try (Store store = client.imap(BEN, "ben-pw")) {
            assertThat(store.getFolder("Junk").exists()).isFalse();
        }
        assertThat(client.inbox(BEN, "ben-pw")).extracting(Received::subject).containsExactly("to be filed");
    }

    @Test
    void recoversEverythingBeforeATornJournalTail() throws Exception {
        start();
        client.send(ADA, "ada-pw", "first", "a", BEN);
        client.send(ADA, "ada-pw", "second", "b", BEN);
        awaitInbox(BEN, 2);
        gateway.close();
        Path journal = dataDir.resolve("journal").resolve("journal.log");
        byte[] whole = Files.readAllBytes(journal);
        // A crash in the middle of writing a record: its header and half of its body reached the disk.
        byte[] torn = java.util.Arrays.copyOfRange(whole, 0, 40);
        Files.write(journal, torn, StandardOpenOption.APPEND);

        gateway = TestGateway.start(dataDir, school, events);
        client = TestGateway.client(gateway);

        assertThat(client.inbox(BEN, "ben-pw")).extracting(Received::subject).containsExactly("first", "second");
        assertThat(Files.size(journal)).isGreaterThanOrEqualTo(whole.length);
        try (var aside = Files.list(journal.getParent())) {
            assertThat(aside.map(p -> p.getFileName().toString())).contains("journal.log.torn-" + whole.length);
        }
        client.send(ADA, "ada-pw", "third", "c", BEN);
        awaitInbox(BEN, 3);
        restart();
        assertThat(client.inbox(BEN, "ben-pw")).extracting(Received::subject)
                .containsExactly("first", "second", "third");
    }

    @Test
    void keepsHeldMessagesUntilStaffReleaseOrReturnThem() throws Exception {
        start();
        client.send(ADA, "ada-pw", "held one", "HOLDME one", BEN);
        client.send(ADA, "ada-pw", "held two", "HOLDME two", BEN);
        List<String> ids = gateway.heldMessages().list().stream().map(h -> h.message().id()).toList();

        restart();
        assertThat(gateway.heldMessages().list()).extracting(h -> h.message().id()).containsExactlyElementsOf(ids);
        assertThatThrownBy(() -> gateway.heldMessages().release(ids.get(0), BEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(gateway.heldMessages().release(ids.get(0), TAN)).isTrue();
        assertThat(gateway.heldMessages().returnToSender(ids.get(1), TAN)).isTrue();
        assertThat(gateway.heldMessages().release(ids.get(1), TAN)).isFalse();
        awaitInbox(BEN, 1);

        restart();
        assertThat(gateway.heldMessages().list()).isEmpty();
        List<Received> inbox = client.inbox(BEN, "ben-pw");
        assertThat(inbox).extracting(Received::subject).containsExactly("held one");
        assertThat(inbox.getFirst().contentType()).startsWith("text/plain");
        assertThat(events.of(GatewayEvent.Released.class)).extracting(GatewayEvent.Released::by).containsExactly(TAN);
        assertThat(events.of(GatewayEvent.Returned.class)).hasSize(1);
    }

    @Test
    void removesAReportedMessageOnlyAfterStaffHaveACopy() throws Exception {
        start();
        client.send(ADA, "ada-pw", "nasty", "you are horrible", BEN);
        Received received = awaitInbox(BEN, 1).getFirst();
        MessageRef ref = new MessageRef(BEN, received.uidValidity(), received.uid());

        assertThatThrownBy(() -> gateway.removeForStaff(ref, bytes -> {
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class);
        assertThat(client.inbox(BEN, "ben-pw")).hasSize(1);

        AtomicReference<byte[]> kept = new AtomicReference<>();
        assertThat(gateway.removeForStaff(ref, kept::set)).isTrue();
        assertThat(new String(kept.get(), StandardCharsets.UTF_8)).contains("you are horrible");
        assertThat(client.inbox(BEN, "ben-pw")).isEmpty();
        assertThat(gateway.removeForStaff(ref, kept::set)).isFalse();

        restart();
        assertThat(client.inbox(BEN, "ben-pw")).isEmpty();
    }

    @Test
    void givesANewPupilAMailboxThatSurvivesRestarts() throws Exception {
        start();
        school.add(new Member("eve@school.test", "Eve", Role.PUPIL, Set.of("6L")));
        assertThat(gateway.addMissingMailboxes()).isEqualTo(1);
        String token = gateway.mailTokens().issue("eve@school.test").secret();
        client.send(ADA, "ada-pw", "welcome", "Welcome to 6L", "eve@school.test");
        await().atMost(Duration.ofSeconds(10)).until(() -> client.inbox("eve@school.test", token).size() == 1);

        restart();

        String again = gateway.mailTokens().issue("eve@school.test").secret();
        assertThat(client.inbox("eve@school.test", again)).extracting(Received::subject).containsExactly("welcome");
    }

    private Path journalDir() {
        return dataDir.resolve("journal");
    }

    private static JournalEntry.Accepted accepted(String id, String subject) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        MailClient.message(ADA, subject, "the body", BEN).writeTo(raw);
        return new JournalEntry.Accepted(id, Instant.now(), ADA, List.of(BEN), subject, VerdictKind.DELIVER, List.of(),
                "", raw.toByteArray());
    }

    private void start() throws IOException {
        gateway = TestGateway.start(dataDir, school, events);
        client = TestGateway.client(gateway);
    }

    private void restart() throws IOException {
        gateway.close();
        start();
    }

    private List<Received> awaitInbox(String address, int count) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> client.inbox(address, TestSchool.passwordOf(address)), inbox -> inbox.size() == count);
    }
}
