package uk.safekiosk.gateway.bench;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.GatewayConfig;
import uk.safekiosk.gateway.MailGateway;
import uk.safekiosk.gateway.delivery.Backlog;
import uk.safekiosk.gateway.journal.Compacted;
import uk.safekiosk.gateway.journal.HeldOutcome;
import uk.safekiosk.gateway.journal.Journal;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.journal.StoredFlags;
import uk.safekiosk.gateway.journal.VerdictKind;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.parse.MimeMessageParser;
import uk.safekiosk.gateway.parse.PlainTextRebuilder;
import uk.safekiosk.gateway.parse.PlainTextRebuilder.Mailbox;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.PolicyChain;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.roster.Member;
import uk.safekiosk.gateway.roster.Role;
import uk.safekiosk.gateway.roster.Roster;
import uk.safekiosk.gateway.store.MailboxModel;

/**
 * Journal compaction benchmark, run on demand (never as a unit test). Writes a journal as a school's gateway would
 * after a long run: {@code messages} pupil messages (the original as sent, HTML and text, plus the rebuilt plain-text
 * copy in the recipient's INBOX, and the delivery mark), most of them read, half of them deleted and expunged, one in
 * 200 held (half of those returned). Then, for each round on a fresh copy of that journal, measures: replay alone
 * (open, read, rebuild the models), a full gateway start (replay, GreenMail filled, IMAP and SMTP open), a compaction
 * of the stopped gateway's journal, both again on the compacted journal, and a start that compacts a fresh copy.
 *
 * <pre>
 * ./mvnw -B -q -pl content,mail-gateway test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx3g -cp "mail-gateway/target/test-classes:mail-gateway/target/classes:content/target/classes:$(cat mail-gateway/target/bench.cp)" \
 *     uk.safekiosk.gateway.bench.CompactionBench [messages=100000] [pupils=300] [rounds=3]
 * </pre>
 */
public final class CompactionBench {

    private static final String DOMAIN = "bench.test";
    private static final int TEMPLATES = 64;

    private CompactionBench() {}

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int pupils = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("compaction-bench");
        School school = new School(pupils);
        Path original = work.resolve("original");
        System.out.printf("Writing a journal of %,d messages for %d pupils in %s%n", messages, pupils, work);
        long written = time(() -> writeJournal(original, school, messages));
        Path journal = original.resolve("journal").resolve("journal.log");
        System.out.printf("written in %.1f s: %,d bytes%n", written / 1e9, Files.size(journal));
        System.out.println("load average before: " + loadAverage());

        for (int round = 1; round <= rounds; round++) {
            Path dir = work.resolve("round-" + round);
            Files.createDirectories(dir.resolve("journal"));
            Files.copy(journal, dir.resolve("journal").resolve("journal.log"), StandardCopyOption.REPLACE_EXISTING);
            long bytes = Files.size(dir.resolve("journal").resolve("journal.log"));
            long replay = time(() -> replayOnly(dir));
            long start = time(() -> startAndStop(dir, school, 0));
            Compacted[] done = new Compacted[1];
            long compaction = time(() -> done[0] = MailGateway.compactJournal(dir));
            long replayAfter = time(() -> replayOnly(dir));
            long startAfter = time(() -> startAndStop(dir, school, 0));
            Files.copy(journal, dir.resolve("journal").resolve("journal.log"), StandardCopyOption.REPLACE_EXISTING);
            long startCompacting = time(() -> startAndStop(dir, school, 1));
            System.out.printf("round %d: before %,d bytes: replay %.2f s, gateway start %.2f s%n", round, bytes,
                    replay / 1e9, start / 1e9);
            System.out.printf("         compaction %.2f s -> %,d bytes (%.1f%%), %,d entries kept%n",
                    compaction / 1e9, done[0].bytesAfter(), 100.0 * done[0].bytesAfter() / bytes, done[0].entries());
            System.out.printf("         after: replay %.2f s, gateway start %.2f s%n", replayAfter / 1e9,
                    startAfter / 1e9);
            System.out.printf("         gateway start that compacts first: %.2f s%n", startCompacting / 1e9);
            deleteAll(dir);
        }
        System.out.println("load average after: " + loadAverage());
        deleteAll(work);
    }

    private static void replayOnly(Path dataDir) throws IOException {
        try (Journal journal = Journal.open(dataDir.resolve("journal"))) {
            MailboxModel mailboxes = new MailboxModel();
            Backlog backlog = new Backlog();
            journal.replay(entry -> {
                mailboxes.replay(entry);
                backlog.replay(entry);
            });
        }
    }

    private static void startAndStop(Path dataDir, School school, long compactAbove) throws IOException {
        GatewayConfig config = GatewayConfig.builder(dataDir).smtpPort(0).imapPort(0)
                .compactJournalAbove(compactAbove).build();
        MailGateway gateway = MailGateway.builder(config)
                .roster(school)
                .parser(new MimeMessageParser())
                .policy(PolicyChain.fromContent(ContentSource.defaults()))
                .build()
                .start();
        gateway.close();
    }

    /**
     * A gateway run once to make every pupil's mailbox, then the journal of a long school life, entry by entry as the
     * gateway writes them (queued, so the disk is synced per batch rather than per entry).
     */
    private static void writeJournal(Path dataDir, School school, int messages) throws Exception {
        startAndStop(dataDir, school, 0);
        Map<String, Long> inboxes = new LinkedHashMap<>();
        try (Journal journal = Journal.open(dataDir.resolve("journal"))) {
            journal.replay(entry -> {
                if (entry instanceof JournalEntry.FolderLayout layout) {
                    inboxes.put(layout.account(), layout.folders().getFirst().id());
                }
            });
        }
        Templates templates = new Templates(school);
        try (Journal journal = Journal.open(dataDir.resolve("journal"))) {
            Instant at = Instant.parse("2026-09-03T09:00:00Z");
            List<Long> keys = new ArrayList<>();
            for (int i = 0; i < messages; i++) {
                String sender = school.pupil(i);
                String recipient = school.pupil(i * 7 + 1);
                String id = "bench-" + i;
                Instant when = at.plusSeconds(60L * i);
                Template t = templates.get(i);
                if (i % 200 == 0) {
                    journal.appendLater(accepted(id, when, sender, recipient, VerdictKind.HOLD, t.original()));
                    if (i % 400 == 0) {
                        journal.appendLater(new JournalEntry.HeldResolved(id, HeldOutcome.RETURNED,
                                school.teacher(), when.plusSeconds(600)));
                    }
                    continue;
                }
                long key = keys.size() + 1L;
                keys.add(key);
                journal.appendLater(accepted(id, when, sender, recipient, VerdictKind.DELIVER, t.original()));
                journal.appendLater(new JournalEntry.MailboxAppended(key, inboxes.get(recipient), when,
                        StoredFlags.NONE, Optional.of(new JournalEntry.Origin(id, recipient)), t.rebuilt()));
                journal.appendLater(new JournalEntry.Dispatched(id));
                readAndDelete(journal, keys, keys.size() - 50);
            }
        }
    }

    /** Nine in ten messages are read some time after they came; every other one is then deleted. */
    private static void readAndDelete(Journal journal, List<Long> keys, int index) {
        if (index < 0 || index % 10 == 9) {
            return;
        }
        long key = keys.get(index);
        journal.appendLater(new JournalEntry.FlagsChanged(key, new StoredFlags(1 << 4, List.of())));
        if (index % 2 == 0) {
            journal.appendLater(new JournalEntry.FlagsChanged(key, new StoredFlags((1 << 4) | (1 << 1), List.of())));
            journal.appendLater(new JournalEntry.Expunged(key));
        }
    }

    private static JournalEntry.Accepted accepted(
            String id, Instant at, String sender, String recipient, VerdictKind verdict, byte[] original) {
        List<Finding> findings = verdict == VerdictKind.DELIVER
                ? List.of() : List.of(Finding.fact(ReasonCode.OFFENSIVE, "offensive", "word"));
        return new JournalEntry.Accepted(id, at, sender, List.of(recipient), "Our trip", verdict, findings,
                verdict == VerdictKind.DELIVER ? "" : "Your teacher will read this first.", original);
    }

    /** A few dozen realistic messages (as a mail client sends them, and as the gateway rebuilds them), reused. */
    private record Template(byte[] original, byte[] rebuilt) {}

    private static final class Templates {
        private final List<Template> templates = new ArrayList<>();

        Templates(School school) throws MessagingException, IOException {
            Session session = Session.getInstance(new Properties());
            PlainTextRebuilder rebuilder = new PlainTextRebuilder(Clock.systemUTC());
            for (int i = 0; i < TEMPLATES; i++) {
                String from = school.pupil(i);
                String to = school.pupil(i + 1);
                String subject = "Our trip to the museum, part " + i;
                String text = ("Hi! I really liked the dinosaurs today, especially the big one near the stairs. "
                        + "Are you bringing your packed lunch tomorrow? We could sit together at the picnic tables. "
                        + "My mum says we can do the project at my house on Saturday if your dad says yes. ")
                        .repeat(1 + i % 3);
                MimeMessage original = new MimeMessage(session);
                original.setFrom(new InternetAddress(from));
                original.setRecipients(MimeMessage.RecipientType.TO, to);
                original.setSubject(subject, "UTF-8");
                MimeBodyPart plain = new MimeBodyPart();
                plain.setText(text, "UTF-8");
                MimeBodyPart html = new MimeBodyPart();
                html.setContent("<html><body><p style=\"font-family:Arial\">" + text + "</p></body></html>",
                        "text/html; charset=UTF-8");
                original.setContent(new MimeMultipart("alternative", plain, html));
                original.saveChanges();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                original.writeTo(bytes);
                byte[] rebuilt = rebuilder.rebuildBytes(MessageView.ofPlainText(from, List.of(to), subject, text),
                        new Mailbox(from, "Pupil " + i), List.of(new Mailbox(to, "Pupil " + (i + 1))),
                        "<bench-" + i + "@" + DOMAIN + ">");
                templates.add(new Template(bytes.toByteArray(), rebuilt));
            }
        }

        Template get(int i) {
            return templates.get(i % templates.size());
        }
    }

    /** {@code pupils} pupils in classes of 30, and one teacher. */
    private static final class School implements Roster {
        private final Map<String, Member> members = new LinkedHashMap<>();
        private final int pupils;

        School(int pupils) {
            this.pupils = pupils;
            for (int i = 0; i < pupils; i++) {
                Member m = new Member("pupil" + i + "@" + DOMAIN, "Pupil " + i, Role.PUPIL, Set.of("class" + i / 30));
                members.put(m.address(), m);
            }
            Member teacher = new Member(teacher(), "Mrs Bench", Role.TEACHER, Set.of());
            members.put(teacher.address(), teacher);
        }

        String pupil(int i) {
            return "pupil" + Math.floorMod(i, pupils) + "@" + DOMAIN;
        }

        String teacher() {
            return "teacher@" + DOMAIN;
        }

        @Override
        public Optional<Member> find(String address) {
            return Optional.ofNullable(members.get(Member.normalise(address)));
        }

        @Override
        public List<Member> members() {
            return List.copyOf(members.values());
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static long time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).strip() : "unknown";
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
