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
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.gateway.delivery.HeldMessage;
import uk.safekiosk.gateway.events.GatewayEvent;
import uk.safekiosk.gateway.journal.Compacted;
import uk.safekiosk.gateway.journal.Journal;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.journal.StoredFlags;
import uk.safekiosk.gateway.journal.VerdictKind;
import uk.safekiosk.gateway.roster.Member;
import uk.safekiosk.gateway.support.MailClient;
import uk.safekiosk.gateway.support.RecordingListener;
import uk.safekiosk.gateway.support.TestGateway;
import uk.safekiosk.gateway.support.TestPolicy;
import uk.safekiosk.gateway.support.TestSchool;

/**
 * A journal built by real traffic (SMTP in, IMAP reads, deletes, moves, folders; held, released and returned mail),
 * then compacted: every mailbox and every held message comes back exactly as a plain restart brings it back.
 */
class JournalCompactionTest {

    private static final long NEVER = 0;
    private static final long ALWAYS = 1;

    @TempDir
    Path dataDir;

    @TempDir
    Path twinDir;

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
    void aCompactedJournalRebuildsEveryMailboxAndHeldMessageAsAPlainRestartDoes() throws Exception {
        start(dataDir, NEVER);
        schoolDay();
        Map<String, List<Seen>> lastSeen = mailboxes();
        List<String> heldBefore = held();
        gateway.close();
        long journalBefore = Files.size(journal(dataDir));
        copy(dataDir, twinDir);

        start(twinDir, NEVER);
        Map<String, List<Seen>> plainRestart = mailboxes();
        List<String> heldAfterPlainRestart = held();
        gateway.close();
        start(dataDir, ALWAYS);
        Map<String, List<Seen>> compactedRestart = mailboxes();

        assertThat(Files.size(journal(dataDir))).isLessThan(journalBefore / 2);
        assertThat(Files.size(journal(twinDir))).isEqualTo(journalBefore);
        assertThat(compactedRestart).isEqualTo(plainRestart);
        assertThat(withoutUids(compactedRestart)).isEqualTo(withoutUids(lastSeen));
        assertThat(held()).isEqualTo(heldAfterPlainRestart).isEqualTo(heldBefore).hasSize(2);
        assertThat(compactedRestart.get(BEN + " INBOX")).extracting(Seen::subject)
                .containsExactly("one", "two", "four", "five", "to both", "from Mrs Tan", "held, then released");
    }

    @Test
    void mailGoesOnAfterACompactionAndSurvivesTheNextRestart() throws Exception {
        start(dataDir, NEVER);
        schoolDay();
        gateway.close();
        start(dataDir, ALWAYS);

        client.send(ADA, "ada-pw", "after compaction", "still here", BEN);
        awaitInbox(BEN, 8);
        try (Store store = client.imap(BEN, "ben-pw")) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.getMessages()[6].setFlag(Flags.Flag.SEEN, true);
            inbox.close(false);
        }
        String undecided = gateway.heldMessages().list().getFirst().message().id();
        assertThat(gateway.heldMessages().release(undecided, TAN)).isTrue();
        awaitInbox(BEN, 9);
        Map<String, List<Seen>> before = mailboxes();
        gateway.close();
        start(dataDir, NEVER);

        assertThat(mailboxes()).isEqualTo(before);
        assertThat(gateway.heldMessages().list()).hasSize(1);
        assertThat(client.inbox(BEN, "ben-pw")).extracting(MailClient.Received::subject)
                .contains("after compaction", "held one");
    }

    @Test
    void redoesAnUnfinishedDeliveryAfterCompactingButSkipsARecipientWhoHadItAndDeletedIt() throws Exception {
        start(dataDir, NEVER);
        gateway.close();
        try (Journal journal = Journal.open(journalDir(dataDir))) {
            List<JournalEntry> layouts = new ArrayList<>();
            journal.replay(layouts::add);
            JournalEntry.Accepted accepted = accepted("crash-3", "to Ben and Mrs Tan", List.of(BEN, TAN));
            long bensInbox = inboxId(layouts, BEN);
            // Ben had it, read it and deleted it; then the power went before Mrs Tan got hers.
            journal.append(accepted, new JournalEntry.MailboxAppended(9_000, bensInbox, Instant.now(),
                    StoredFlags.NONE, Optional.of(new JournalEntry.Origin("crash-3", BEN)), accepted.rfc822()));
            journal.append(new JournalEntry.Expunged(9_000));
        }

        start(dataDir, ALWAYS);

        assertThat(awaitInbox(TAN, 1)).extracting(MailClient.Received::subject).containsExactly("to Ben and Mrs Tan");
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(GatewayEvent.Delivered.class).size() == 1);
        assertThat(client.inbox(BEN, "ben-pw")).isEmpty();
        restart(NEVER);
        assertThat(client.inbox(TAN, "tan-pw")).hasSize(1);
        assertThat(client.inbox(BEN, "ben-pw")).isEmpty();
    }

    @Test
    void keepsMailboxesWrittenBeforeASwitchToRelayMode() throws Exception {
        start(dataDir, NEVER);
        client.send(ADA, "ada-pw", "before the switch", "kept", BEN);
        awaitInbox(BEN, 1);
        gateway.close();
        GatewayConfig relay = GatewayConfig.builder(dataDir).smtpPort(0).relayTo("127.0.0.1", 9)
                .compactJournalAbove(ALWAYS).build();
        gateway = TestGateway.start(relay, school, events);
        gateway.close();

        start(dataDir, NEVER);

        assertThat(client.inbox(BEN, "ben-pw")).extracting(MailClient.Received::subject)
                .containsExactly("before the switch");
    }

    @Test
    void compactsAStoppedGatewaysJournalOnRequestAndNotARunningOne() throws Exception {
        start(dataDir, NEVER);
        schoolDay();

        assertThatThrownBy(() -> MailGateway.compactJournal(dataDir)).isInstanceOf(RuntimeException.class);

        Map<String, List<Seen>> before = mailboxes();
        gateway.close();
        long size = Files.size(journal(dataDir));
        Compacted done = MailGateway.compactJournal(dataDir);
        start(dataDir, NEVER);

        assertThat(done.bytesBefore()).isEqualTo(size);
        assertThat(done.bytesAfter()).isEqualTo(Files.size(journal(dataDir))).isLessThan(size);
        assertThat(withoutUids(mailboxes())).isEqualTo(withoutUids(before));
    }

    @Test
    void leavesASmallJournalAloneAtStartUp() throws Exception {
        start(dataDir, NEVER);
        client.send(ADA, "ada-pw", "one", "a", BEN);
        awaitInbox(BEN, 1);
        gateway.close();
        byte[] before = Files.readAllBytes(journal(dataDir));

        start(dataDir, before.length);

        assertThat(Files.readAllBytes(journal(dataDir))).startsWith(before);
        assertThat(GatewayConfig.builder(dataDir).build().compactJournalAbove())
                .isEqualTo(GatewayConfig.DEFAULT_COMPACT_JOURNAL_ABOVE);
    }

    /** Sending, reading, flagging, deleting, filing, holding, releasing and returning, as a class would. */
    private void schoolDay() throws Exception {
        for (String subject : List.of("one", "two", "three", "four", "five", "six")) {
            client.send(ADA, "ada-pw", subject, "body of " + subject, BEN);
        }
        client.send(BEN, "ben-pw", "reply", "thanks Ada", ADA);
        client.send(ADA, "ada-pw", "to both", "hello both", BEN, TAN);
        client.send(TAN, "tan-pw", "from Mrs Tan", "well done", BEN);
        assertThatThrownBy(() -> client.send(ADA, "ada-pw", "blocked", "ring me " + TestPolicy.PHONE, BEN))
                .isInstanceOf(SendFailedException.class);
        client.send(ADA, "ada-pw", "held one", "HOLDME one", BEN);
        client.send(ADA, "ada-pw", "held, then released", "HOLDME two", BEN);
        client.send(ADA, "ada-pw", "held, then returned", "HOLDME three", BEN);
        client.send(ADA, "ada-pw", "escalated", "ESCALATEME", BEN);
        awaitInbox(BEN, 8);
        awaitInbox(ADA, 1);
        List<String> held = gateway.heldMessages().list().stream().map(h -> h.message().id()).toList();
        assertThat(gateway.heldMessages().release(held.get(1), TAN)).isTrue();
        assertThat(gateway.heldMessages().returnToSender(held.get(2), TAN)).isTrue();
        awaitInbox(BEN, 9);

        try (Store store = client.imap(BEN, "ben-pw")) {
            Folder keep = store.getFolder("Keep");
            keep.create(Folder.HOLDS_MESSAGES);
            keep.setSubscribed(true);
            Folder junk = store.getFolder("Junk");
            junk.create(Folder.HOLDS_MESSAGES);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message[] m = inbox.getMessages();
            read(m[0]);
            m[1].setFlag(Flags.Flag.SEEN, true);
            m[1].setFlag(Flags.Flag.SEEN, false);
            m[1].setFlag(Flags.Flag.FLAGGED, true);
            m[2].setFlag(Flags.Flag.DELETED, true);
            m[3].setFlags(new Flags("gold-star"), true);
            inbox.copyMessages(new Message[] {m[6]}, keep);
            inbox.copyMessages(new Message[] {m[0], m[6]}, junk);
            ((IMAPFolder) inbox).expunge(new Message[] {m[2]});
            ((IMAPFolder) inbox).moveMessages(new Message[] {m[5]}, keep);
            m[4].setFlag(Flags.Flag.DELETED, true);
            inbox.close(false); // Folder.close() would expunge "five" too: it stays, marked deleted
            junk.delete(false);
        }
        try (Store store = client.imap(ADA, "ada-pw"); Folder inbox = store.getFolder("INBOX")) {
            inbox.open(Folder.READ_WRITE);
            read(inbox.getMessages()[0]);
            inbox.getMessages()[0].setFlag(Flags.Flag.DELETED, true);
            inbox.expunge();
        }
    }

    private static void read(Message message) throws MessagingException, IOException {
        ((IMAPMessage) message).setPeek(false);
        message.getContent();
    }

    /** One message as an IMAP client sees it. */
    private record Seen(long uid, String subject, String flags, String rfc822) {}

    /** Every folder of every member ("address folder" → messages), plus each member's subscriptions. */
    private Map<String, List<Seen>> mailboxes() throws MessagingException, IOException {
        Map<String, List<Seen>> all = new TreeMap<>();
        for (Member member : school.members()) {
            try (Store store = client.imap(member.address(), TestSchool.passwordOf(member.address()))) {
                List<Seen> subscribed = new ArrayList<>();
                for (Folder f : store.getDefaultFolder().listSubscribed("*")) {
                    subscribed.add(new Seen(0, f.getFullName(), "subscribed", ""));
                }
                all.put(member.address() + " subscriptions", subscribed);
                for (Folder folder : store.getDefaultFolder().list("*")) {
                    all.put(member.address() + " " + folder.getFullName(), messages(folder));
                }
            }
        }
        return all;
    }

    private static List<Seen> messages(Folder folder) throws MessagingException, IOException {
        if ((folder.getType() & Folder.HOLDS_MESSAGES) == 0) {
            return List.of();
        }
        List<Seen> seen = new ArrayList<>();
        try (folder) {
            folder.open(Folder.READ_ONLY);
            for (Message m : folder.getMessages()) {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                m.writeTo(raw);
                // \Recent is left out: it means "new since the last session", so a restart clears it by design.
                seen.add(new Seen(((UIDFolder) folder).getUID(m), m.getSubject(),
                        StoredFlags.of(m.getFlags()).toString(), HexFormat.of().formatHex(raw.toByteArray())));
            }
        }
        return seen;
    }

    /** UIDs are given afresh at every start (with a new UIDVALIDITY), so they are compared between restarts only. */
    private static Map<String, List<Seen>> withoutUids(Map<String, List<Seen>> mailboxes) {
        Map<String, List<Seen>> stripped = new LinkedHashMap<>();
        mailboxes.forEach((name, messages) -> stripped.put(name,
                messages.stream().map(s -> new Seen(0, s.subject(), s.flags(), s.rfc822())).toList()));
        return stripped;
    }

    private List<String> held() {
        return gateway.heldMessages().list().stream().map(JournalCompactionTest::describe).toList();
    }

    private static String describe(HeldMessage h) {
        return String.join(" ", h.message().id(), h.message().receivedAt().toString(), h.message().sender(),
                h.message().recipients().toString(), h.message().subject(), h.verdict().name(),
                h.findings().toString(), h.explanation(), HexFormat.of().formatHex(h.rfc822()));
    }

    private static JournalEntry.Accepted accepted(String id, String subject, List<String> to) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        MailClient.message(ADA, subject, "the body", to.toArray(String[]::new)).writeTo(raw);
        return new JournalEntry.Accepted(id, Instant.now(), ADA, to, subject, VerdictKind.DELIVER, List.of(), "",
                raw.toByteArray());
    }

    private static long inboxId(List<JournalEntry> entries, String account) {
        return entries.stream()
                .filter(e -> e instanceof JournalEntry.FolderLayout l && l.account().equals(account))
                .map(e -> ((JournalEntry.FolderLayout) e).folders().getFirst().id())
                .findFirst()
                .orElseThrow();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static Path journalDir(Path dir) {
        return dir.resolve("journal");
    }

    private static Path journal(Path dir) {
        return journalDir(dir).resolve("journal.log");
    }

    private void start(Path dir, long compactAbove) throws IOException {
        GatewayConfig config = GatewayConfig.builder(dir).smtpPort(0).imapPort(0).compactJournalAbove(compactAbove)
                .build();
        gateway = TestGateway.start(config, school, events);
        client = TestGateway.client(gateway);
    }

    private void restart(long compactAbove) throws IOException {
        gateway.close();
        start(dataDir, compactAbove);
    }

    private List<MailClient.Received> awaitInbox(String address, int count) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> client.inbox(address, TestSchool.passwordOf(address)), inbox -> inbox.size() == count);
    }
}
