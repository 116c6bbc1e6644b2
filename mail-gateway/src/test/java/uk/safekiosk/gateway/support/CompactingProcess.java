package uk.safekiosk.gateway.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import uk.safekiosk.gateway.delivery.Backlog;
import uk.safekiosk.gateway.journal.Journal;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.store.MailboxModel;

/**
 * Compacts a stopped gateway's journal in its own JVM, so a test can kill it with SIGKILL at a known point:
 * {@code halfway} stops with half the new journal handed to the writer and prints "HALFWAY"; {@code renamed} finishes
 * (the new journal is in place) and prints "RENAMED". Either way it then waits, journal lock held, until killed or
 * until its standard input closes.
 */
public final class CompactingProcess {

    private CompactingProcess() {}

    public static void main(String[] args) throws IOException {
        boolean halfway = args[1].equals("halfway");
        try (Journal journal = Journal.open(Path.of(args[0]).resolve("journal"))) {
            MailboxModel mailboxes = new MailboxModel();
            Backlog backlog = new Backlog();
            journal.replay(entry -> {
                mailboxes.replay(entry);
                backlog.replay(entry);
            });
            List<JournalEntry> live = Stream.concat(mailboxes.liveEntries(), backlog.liveEntries()).toList();
            if (halfway) {
                Stream<JournalEntry> stalled = Stream.concat(live.subList(0, live.size() / 2).stream(),
                        Stream.generate(() -> announceAndWait("HALFWAY")).limit(1));
                journal.compact(stalled);
            } else {
                journal.compact(live.stream());
                announceAndWait("RENAMED");
            }
        }
    }

    /** Never returns normally: the parent kills this process while it waits. */
    private static JournalEntry announceAndWait(String line) {
        System.out.println(line);
        System.out.flush();
        try {
            System.in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new IllegalStateException("Standard input failed", e);
        }
        throw new IllegalStateException("The test that started this process went away");
    }
}
