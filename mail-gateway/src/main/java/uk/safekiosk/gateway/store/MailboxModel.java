package uk.safekiosk.gateway.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.journal.JournalEntry.Folder;
import uk.safekiosk.gateway.journal.JournalEntry.Origin;
import uk.safekiosk.gateway.journal.StoredFlags;

/**
 * The mailboxes as the journal describes them, built by replay before GreenMail is filled from it, and written back
 * as the fewest entries that build it again when the journal is compacted. Public so that a stopped gateway's journal
 * can be compacted without a mail server.
 */
public final class MailboxModel {

    record StoredMessage(
            long key, long folderId, Instant date, StoredFlags flags, Optional<Origin> origin, byte[] rfc822) {}

    private final Map<String, List<Folder>> layouts = new LinkedHashMap<>();
    private final Map<Long, StoredMessage> messages = new LinkedHashMap<>();
    private final Set<Origin> delivered = new HashSet<>();
    /** Deliveries of messages not yet marked dispatched: the ones a delivery redone after a crash must skip. */
    private final Map<String, Set<Origin>> undispatched = new HashMap<>();
    private long highestKey;
    private long highestFolderId;

    /** Rebuilds the mailboxes' state from one journal entry; entries of other features are ignored. */
    public void replay(JournalEntry entry) {
        switch (entry) {
            case JournalEntry.FolderLayout layout -> applyLayout(layout);
            case JournalEntry.MailboxAppended m -> {
                messages.put(m.key(), new StoredMessage(
                        m.key(), m.folderId(), m.internalDate(), m.flags(), m.origin(), m.rfc822()));
                m.origin().ifPresent(this::addDelivery);
                highestKey = Math.max(highestKey, m.key());
                highestFolderId = Math.max(highestFolderId, m.folderId());
            }
            case JournalEntry.FlagsChanged f -> messages.computeIfPresent(f.key(), (k, m) ->
                    new StoredMessage(m.key(), m.folderId(), m.date(), f.flags(), m.origin(), m.rfc822()));
            case JournalEntry.Expunged x -> messages.remove(x.key());
            case JournalEntry.Delivered d -> addDelivery(d.origin());
            case JournalEntry.Dispatched d -> undispatched.remove(d.id());
            default -> {}
        }
    }

    /**
     * Entries that rebuild this state: each account's folders, each message still in a mailbox (in arrival order, so
     * UIDs come out as a plain restart gives them) with its flags now, and the deliveries of messages not yet marked
     * dispatched whose mailbox copy has gone. Expunged messages, superseded flags and folder layouts are left out, and
     * so is where a message came from once its delivery is marked dispatched (it will not be redone).
     *
     * <p>Keys and folder ids of things left out may be handed out again after a compaction; nothing left refers to
     * them.
     */
    public Stream<JournalEntry> liveEntries() {
        Stream<JournalEntry> folders = layouts.entrySet().stream()
                .map(e -> new JournalEntry.FolderLayout(e.getKey(), e.getValue()));
        Stream<JournalEntry> stored = messages.values().stream()
                .map(m -> new JournalEntry.MailboxAppended(m.key(), m.folderId(), m.date(), m.flags(),
                        m.origin().filter(this::undispatched), m.rfc822()));
        return Stream.of(folders, stored, deliveriesWithoutACopy()).flatMap(s -> s);
    }

    private Stream<JournalEntry> deliveriesWithoutACopy() {
        if (undispatched.isEmpty()) {
            return Stream.empty();
        }
        Set<Origin> inMailboxes = messages.values().stream()
                .flatMap(m -> m.origin().stream())
                .collect(Collectors.toSet());
        return undispatched.values().stream()
                .flatMap(Set::stream)
                .filter(origin -> !inMailboxes.contains(origin))
                .sorted(Comparator.comparing(Origin::messageId).thenComparing(Origin::recipient))
                .map(JournalEntry.Delivered::new);
    }

    private boolean undispatched(Origin origin) {
        return undispatched.getOrDefault(origin.messageId(), Set.of()).contains(origin);
    }

    private void addDelivery(Origin origin) {
        delivered.add(origin);
        undispatched.computeIfAbsent(origin.messageId(), id -> new LinkedHashSet<>()).add(origin);
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

    /** Every delivery the journal records, including those whose message was deleted since. */
    Set<Origin> delivered() {
        return delivered;
    }

    /** Deliveries of messages not yet marked dispatched, by message id. */
    Map<String, Set<Origin>> undispatched() {
        return undispatched;
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
