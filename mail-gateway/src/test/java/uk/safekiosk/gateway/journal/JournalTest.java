package uk.safekiosk.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.gateway.journal.JournalEntry.Accepted;
import uk.safekiosk.gateway.journal.JournalEntry.Dispatched;
import uk.safekiosk.gateway.journal.JournalEntry.Expunged;
import uk.safekiosk.gateway.journal.JournalEntry.FlagsChanged;
import uk.safekiosk.gateway.journal.JournalEntry.Folder;
import uk.safekiosk.gateway.journal.JournalEntry.FolderLayout;
import uk.safekiosk.gateway.journal.JournalEntry.HeldResolved;
import uk.safekiosk.gateway.journal.JournalEntry.MailboxAppended;
import uk.safekiosk.gateway.journal.JournalEntry.Origin;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;

class JournalTest {

    @TempDir
    Path dir;

    private static final Instant AT = Instant.parse("2026-11-22T09:15:30.123456789Z");

    @Test
    void replaysEveryKindOfEntryInOrderAfterReopening() throws IOException {
        Accepted accepted = new Accepted("m1", AT, "ada@s", List.of("ben@s", "tan@s"), "Hi", VerdictKind.HOLD,
                List.of(new Finding(ReasonCode.PHONE, "phone", TextOrigin.BODY, 3, 9, "0770"),
                        Finding.fact(ReasonCode.ATTACHMENT, "att", "x.png")),
                "Your teacher will read this first.", "From: ada\r\n\r\nbody".getBytes(StandardCharsets.UTF_8));
        MailboxAppended appended = new MailboxAppended(7, 3, AT, new StoredFlags(17, List.of("gold")),
                Optional.of(new Origin("m1", "ben@s")), new byte[] {1, 2, 3});
        List<JournalEntry> written = List.of(accepted, new Dispatched("m1"),
                new HeldResolved("m1", HeldOutcome.RELEASED, "tan@s", AT), appended,
                new FlagsChanged(7, StoredFlags.NONE), new Expunged(7),
                new FolderLayout("ben@s", List.of(new Folder(3, "INBOX", true, false), new Folder(4, "A.B", false, true))));
        try (Journal journal = Journal.open(dir)) {
            journal.append(written.subList(0, 3));
            journal.append(written.subList(3, written.size()));
        }

        List<JournalEntry> read = replay();

        assertThat(read).hasSize(written.size());
        assertThat(read.get(0)).usingRecursiveComparison().isEqualTo(accepted);
        assertThat(read.get(3)).usingRecursiveComparison().isEqualTo(appended);
        assertThat(read.subList(1, 3)).isEqualTo(written.subList(1, 3));
        assertThat(read.subList(4, read.size())).isEqualTo(written.subList(4, written.size()));
    }

    @Test
    void cutsOffARecordTornMidWriteAndKeepsEverythingBeforeIt() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.append(new Dispatched("a"));
            journal.append(new Dispatched("b"));
            journal.append(new Dispatched("c"));
        }
        Path file = dir.resolve(Journal.FILE_NAME);
        long whole = Files.size(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(whole - 3);
        }

        assertThat(replay()).containsExactly(new Dispatched("a"), new Dispatched("b"));

        try (Journal journal = Journal.open(dir)) {
            journal.append(new Dispatched("d"));
        }
        assertThat(replay()).containsExactly(new Dispatched("a"), new Dispatched("b"), new Dispatched("d"));
    }

    @Test
    void treatsARecordWithAWrongChecksumAsTheEnd() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.append(new Dispatched("a"));
            journal.append(new Dispatched("b"));
        }
        Path file = dir.resolve(Journal.FILE_NAME);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() - 1);
            int last = raf.read();
            raf.seek(raf.length() - 1);
            raf.write(last ^ 0x40);
        }

        assertThat(replay()).containsExactly(new Dispatched("a"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("journal.log.torn-"));
        }
    }

    @Test
    void writesQueuedEntriesBeforeClosing() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.appendLater(new Dispatched("later"));
        }

        assertThat(replay()).containsExactly(new Dispatched("later"));
    }

    @Test
    void keepsEveryConcurrentAppendInEachWritersOrder() throws Exception {
        int writers = 8;
        int each = 200;
        try (Journal journal = Journal.open(dir); ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        journal.append(new Dispatched(writer + ":" + i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }

        List<JournalEntry> read = replay();
        assertThat(read).hasSize(writers * each);
        for (int w = 0; w < writers; w++) {
            String prefix = w + ":";
            List<Integer> order = read.stream()
                    .map(e -> ((Dispatched) e).id())
                    .filter(id -> id.startsWith(prefix))
                    .map(id -> Integer.parseInt(id.substring(prefix.length())))
                    .toList();
            assertThat(order).isSorted().hasSize(each);
        }
    }

    @Test
    void refusesToOpenAJournalAlreadyInUse() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            assertThatThrownBy(() -> Journal.open(dir)).isInstanceOf(OverlappingFileLockException.class);
        }
    }

    @Test
    void compactionLeavesOnlyTheGivenEntriesAndLaterAppendsFollowThem() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            for (int i = 0; i < 100; i++) {
                journal.append(new Dispatched("old-" + i));
            }
        }
        long before = Files.size(dir.resolve(Journal.FILE_NAME));

        try (Journal journal = Journal.open(dir)) {
            Compacted done = journal.compact(Stream.of(new Dispatched("kept-1"), new Dispatched("kept-2")));
            assertThat(done.bytesBefore()).isEqualTo(before);
            assertThat(done.bytesAfter()).isEqualTo(Files.size(dir.resolve(Journal.FILE_NAME))).isLessThan(before);
            assertThat(done.entries()).isEqualTo(2);
            assertThat(journal.size()).isEqualTo(done.bytesAfter());
            List<JournalEntry> replayed = new ArrayList<>();
            journal.replay(replayed::add);
            assertThat(replayed).containsExactly(new Dispatched("kept-1"), new Dispatched("kept-2"));
            journal.append(new Dispatched("after"));
        }

        assertThat(replay())
                .containsExactly(new Dispatched("kept-1"), new Dispatched("kept-2"), new Dispatched("after"));
        assertThat(filesIn(dir)).containsExactlyInAnyOrder(Journal.FILE_NAME, Journal.LOCK_NAME);
    }

    @Test
    void aCompactionCutShortBeforeTheRenameLeavesTheOldJournalWhole() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.append(new Dispatched("a"), new Dispatched("b"));
            journal.append(new Dispatched("c"));
        }
        byte[] old = Files.readAllBytes(dir.resolve(Journal.FILE_NAME));
        // The crash came after the new journal was written in full but before it was renamed into place.
        Path other = Files.createDirectory(dir.resolve("elsewhere"));
        try (Journal journal = Journal.open(other)) {
            journal.compact(Stream.of(new Dispatched("c")));
        }
        Files.copy(other.resolve(Journal.FILE_NAME), dir.resolve(Journal.COMPACTING_NAME));

        assertThat(replay()).containsExactly(new Dispatched("a"), new Dispatched("b"), new Dispatched("c"));
        assertThat(Files.readAllBytes(dir.resolve(Journal.FILE_NAME))).isEqualTo(old);
        assertThat(Files.exists(dir.resolve(Journal.COMPACTING_NAME))).isFalse();
    }

    @Test
    void aHalfWrittenCompactionIsDeletedAtTheNextOpen() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.append(new Dispatched("a"));
        }
        Files.write(dir.resolve(Journal.COMPACTING_NAME), new byte[] {0x53, 0x4B, 0x4A});

        assertThat(replay()).containsExactly(new Dispatched("a"));
        assertThat(filesIn(dir)).doesNotContain(Journal.COMPACTING_NAME);
    }

    @Test
    void aCompactionThatFailsWhileWritingLeavesTheJournalAsItWasAndWorking() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.append(new Dispatched("a"));
        }
        try (Journal journal = Journal.open(dir)) {
            Stream<JournalEntry> failing = Stream.of(new Dispatched("x"), null).map(e -> {
                if (e == null) {
                    throw new IllegalStateException("state could not be read");
                }
                return e;
            });

            assertThatThrownBy(() -> journal.compact(failing)).isInstanceOf(IllegalStateException.class);
            journal.append(new Dispatched("b"));
        }

        assertThat(replay()).containsExactly(new Dispatched("a"), new Dispatched("b"));
        assertThat(filesIn(dir)).doesNotContain(Journal.COMPACTING_NAME);
    }

    @Test
    void refusesToCompactOnceSomethingWasAppended() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.appendLater(new Dispatched("a"));

            assertThatThrownBy(() -> journal.compact(Stream.empty())).isInstanceOf(IllegalStateException.class);
        }
        assertThat(replay()).containsExactly(new Dispatched("a"));
    }

    @Test
    void keepsTheLockWhileAndAfterCompacting() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.compact(Stream.of(new Dispatched("a")).peek(e ->
                    assertThatThrownBy(() -> Journal.open(dir)).isInstanceOf(OverlappingFileLockException.class)));

            assertThatThrownBy(() -> Journal.open(dir)).isInstanceOf(OverlappingFileLockException.class);
        }
        assertThat(replay()).containsExactly(new Dispatched("a"));
    }

    @Test
    void writesEveryEntryKindThroughACompaction() throws IOException {
        Origin origin = new Origin("m1", "ben@s");
        List<JournalEntry> live = List.of(
                new FolderLayout("ben@s", List.of(new Folder(3, "INBOX", true, true))),
                new MailboxAppended(7, 3, AT, new StoredFlags(16, List.of("gold")), Optional.of(origin),
                        new byte[] {9}),
                new JournalEntry.Delivered(new Origin("m2", "ben@s")));
        try (Journal journal = Journal.open(dir)) {
            journal.compact(live.stream());
        }

        List<JournalEntry> read = replay();

        assertThat(read).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(live);
    }

    private static List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private List<JournalEntry> replay() throws IOException {
        List<JournalEntry> entries = new ArrayList<>();
        try (Journal journal = Journal.open(dir)) {
            journal.replay(entries::add);
        }
        return entries;
    }
}
