package uk.safekiosk.gateway.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.journal.JournalEntry.Folder;
import uk.safekiosk.gateway.journal.JournalEntry.Origin;
import uk.safekiosk.gateway.journal.StoredFlags;

/** The mailboxes as the journal describes them, built by replay before GreenMail is filled from it. */
final class MailboxModel {

    record StoredMessage(long key, long folderId, Instant date, StoredFlags flags, byte[] rfc822) {}

    private final Map<String, List<Folder>> layouts = new HashMap<>();
    private final Map<Long, StoredMessage> messages = new LinkedHashMap<>();
    private final Set<Origin> delivered = new HashSet<>();
    private long highestKey;
    private long highestFolderId;

    void apply(JournalEntry entry) {
        switch (entry) {
            case JournalEntry.FolderLayout layout -> applyLayout(layout);
            case JournalEntry.MailboxAppended m -> {
                messages.put(m.key(), new StoredMessage(m.key(), m.folderId(), m.internalDate(), m.flags(), m.rfc822()));
                m.origin().ifPresent(delivered::add);
                highestKey = Math.max(highestKey, m.key());
            }
            case JournalEntry.FlagsChanged f -> messages.computeIfPresent(f.key(), (k, m) ->
                    new StoredMessage(m.key(), m.folderId(), m.date(), f.flags(), m.rfc822()));
            case JournalEntry.Expunged x -> messages.remove(x.key());
            default -> {}
        }
    }

    private void applyLayout(JournalEntry.FolderLayout layout) {
        Set<Long> kept = layout.folders().stream().map(Folder::id).collect(Collectors.toSet());
        List<Folder> before = layouts.put(layout.account(), layout.folders());
        if (before != null) {
            Set<Long> gone = before.stream().map(Folder::id).filter(id -> !kept.contains(id)).collect(Collectors.toSet());
            messages.values().removeIf(m -> gone.contains(m.folderId()));
        }
        layout.folders().forEach(f -> highestFolderId = Math.max(highestFolderId, f.id()));
    }

    /** The journaled folders of an account, parents before children; empty for an account never seen. */
    List<Folder> layout(String account) {
        List<Folder> folders = new ArrayList<>(layouts.getOrDefault(account, List.of()));
        folders.sort((a, b) -> Long.compare(depth(a.path()), depth(b.path())));
        return folders;
    }

    Set<String> accounts() {
        return layouts.keySet();
    }

    /** Live messages in the order they arrived. */
    List<StoredMessage> messages() {
        return List.copyOf(messages.values());
    }

    /** Every delivery ever made, including those whose message was deleted since. */
    Set<Origin> delivered() {
        return delivered;
    }

    long highestKey() {
        return highestKey;
    }

    long highestFolderId() {
        return highestFolderId;
    }

    /** Frees the message bytes once they are in GreenMail. */
    void clearMessages() {
        messages.clear();
    }

    private static long depth(String path) {
        return path.chars().filter(c -> c == '.').count();
    }
}
