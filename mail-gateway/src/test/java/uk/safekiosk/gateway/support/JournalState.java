package uk.safekiosk.gateway.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import uk.safekiosk.gateway.delivery.Backlog;
import uk.safekiosk.gateway.journal.Journal;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.store.MailboxModel;

/**
 * What a stopped gateway's journal rebuilds (mailboxes and backlog), written out as the entries a compaction would
 * keep, one line each with message bytes in hex: two journals with equal lines rebuild the same state.
 */
public final class JournalState {

    private JournalState() {}

    public static List<String> of(Path dataDirectory) throws IOException {
        try (Journal journal = Journal.open(dataDirectory.resolve("journal"))) {
            MailboxModel mailboxes = new MailboxModel();
            Backlog backlog = new Backlog();
            journal.replay(entry -> {
                mailboxes.replay(entry);
                backlog.replay(entry);
            });
            return Stream.concat(mailboxes.liveEntries(), backlog.liveEntries()).map(JournalState::line).toList();
        }
    }

    private static String line(JournalEntry entry) {
        return switch (entry) {
            case JournalEntry.MailboxAppended m -> String.join(" ", "MailboxAppended", Long.toString(m.key()),
                    Long.toString(m.folderId()), m.internalDate().toString(), m.flags().toString(),
                    m.origin().toString(), HexFormat.of().formatHex(m.rfc822()));
            case JournalEntry.Accepted a -> String.join(" ", "Accepted", a.id(), a.at().toString(), a.sender(),
                    a.recipients().toString(), a.subject(), a.verdict().name(), a.findings().toString(),
                    a.explanation(), HexFormat.of().formatHex(a.rfc822()));
            default -> entry.toString();
        };
    }
}
