package uk.safekiosk.gateway.store;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.icegreen.greenmail.store.MailFolder;
import java.util.concurrent.atomic.AtomicLong;
import uk.safekiosk.gateway.journal.Journal;
import uk.safekiosk.gateway.journal.JournalEntry;

/**
 * What the journaling wrappers share: the journal, the counters for message keys and folder ids, the wrapper of each
 * GreenMail folder, and which delivery (if any) the current thread is appending.
 */
final class Tracking {

    private final Journal journal;
    private final AtomicLong lastKey = new AtomicLong();
    private final AtomicLong lastFolderId = new AtomicLong();
    private final Map<MailFolder, JournalingFolder> wrappers = new IdentityHashMap<>();
    private final Map<Long, JournalingFolder> byId = new HashMap<>();
    private final Map<String, Long> restoredFolderIds = new HashMap<>();
    private volatile boolean live;

    Tracking(Journal journal) {
        this.journal = journal;
    }

    /** Counters continue after the highest key and folder id found in the journal. */
    void continueAfter(long key, long folderId) {
        lastKey.set(key);
        lastFolderId.set(folderId);
    }

    long nextKey() {
        return lastKey.incrementAndGet();
    }

    /** From now on, changes are journaled (not while mailboxes are being rebuilt from the journal). */
    void goLive() {
        live = true;
    }

    boolean isLive() {
        return live;
    }

    /** The folder with this full name gets its journaled id when it is created during the rebuild. */
    synchronized void expectFolder(String fullName, long id) {
        restoredFolderIds.put(fullName, id);
    }

    synchronized JournalingFolder wrap(MailFolder folder) {
        if (folder == null || folder instanceof JournalingFolder) {
            return (JournalingFolder) folder;
        }
        return wrappers.computeIfAbsent(folder, f -> {
            Long restored = restoredFolderIds.remove(f.getFullName());
            long id = restored != null ? restored : lastFolderId.incrementAndGet();
            JournalingFolder wrapper = new JournalingFolder(f, id, this);
            byId.put(id, wrapper);
            return wrapper;
        });
    }

    synchronized Optional<JournalingFolder> folder(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    static MailFolder unwrap(MailFolder folder) {
        return folder instanceof JournalingFolder j ? j.delegate() : folder;
    }

    /** Durable changes are waited for; changes that delivery can redo are only queued. */
    void write(List<JournalEntry> entries, boolean durable) {
        if (entries.isEmpty()) {
            return;
        }
        if (durable) {
            journal.append(entries);
        } else {
            journal.appendLater(entries.toArray(JournalEntry[]::new));
        }
    }
}
