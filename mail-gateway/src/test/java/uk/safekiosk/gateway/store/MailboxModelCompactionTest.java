package uk.safekiosk.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.journal.JournalEntry.Folder;
import uk.safekiosk.gateway.journal.JournalEntry.Origin;
import uk.safekiosk.gateway.journal.StoredFlags;

/**
 * Property: for random histories of deliveries, IMAP appends, flag changes, expunges, folder changes and delivery
 * marks, replaying the compacted journal rebuilds the same mailboxes as replaying the whole journal, also when life
 * goes on after a compaction (with keys and folder ids handed out again from the compacted journal's counters).
 */
class MailboxModelCompactionTest {

    private static final int HISTORIES = 200;
    private static final int ROUNDS = 4;
    private static final int STEPS_PER_ROUND = 80;

    @Test
    void replayingTheLiveEntriesRebuildsTheSameMailboxesForRandomHistories() {
        for (long seed = 1; seed <= HISTORIES; seed++) {
            History history = new History(new Random(seed));
            List<JournalEntry> whole = new ArrayList<>();
            List<JournalEntry> compacted = List.of();
            for (int round = 0; round < ROUNDS; round++) {
                List<JournalEntry> steps = history.steps(STEPS_PER_ROUND);
                whole.addAll(steps);
                MailboxModel before = replay(Stream.concat(compacted.stream(), steps.stream()).toList());
                compacted = before.liveEntries().toList();
                MailboxModel after = replay(compacted);

                assertSameMailboxes(replay(whole), after, "seed " + seed + ", round " + round);
                assertThat(compacted).as("seed %d: only live facts", seed)
                        .noneMatch(e -> e instanceof JournalEntry.FlagsChanged || e instanceof JournalEntry.Expunged
                                || e instanceof JournalEntry.Dispatched);
                assertThat(described(after.liveEntries().toList()))
                        .as("seed %d: compacting again changes nothing", seed)
                        .isEqualTo(described(compacted));
                history.continueAfter(after.highestKey(), after.highestFolderId());
            }
        }
    }

    @Test
    void keepsADeliveryWhoseCopyWasExpungedOnlyWhileItsMessageIsNotDispatched() {
        List<JournalEntry> journal = List.of(
                new JournalEntry.FolderLayout("ben", List.of(new Folder(1, "INBOX", true, true))),
                appended(10, 1, new Origin("m1", "ben")),
                new JournalEntry.Expunged(10),
                appended(11, 1, new Origin("m2", "ben")),
                new JournalEntry.Expunged(11),
                new JournalEntry.Dispatched("m2"));

        List<JournalEntry> live = replay(journal).liveEntries().toList();

        assertThat(live).filteredOn(JournalEntry.Delivered.class::isInstance)
                .containsExactly(new JournalEntry.Delivered(new Origin("m1", "ben")));
        assertThat(replay(live).delivered()).containsExactly(new Origin("m1", "ben"));
    }

    @Test
    void keepsMessagesOfAccountsNoLongerServedAndDropsThoseOfDeletedFolders() {
        List<JournalEntry> journal = List.of(
                new JournalEntry.FolderLayout("gone-pupil", List.of(new Folder(1, "INBOX", true, true))),
                new JournalEntry.FolderLayout("ben", List.of(new Folder(2, "INBOX", true, true),
                        new Folder(3, "Junk", true, false))),
                appended(1, 1, null),
                appended(2, 3, null),
                new JournalEntry.FolderLayout("ben", List.of(new Folder(2, "INBOX", true, true))));

        MailboxModel compacted = replay(replay(journal).liveEntries().toList());

        assertThat(compacted.messages()).extracting(MailboxModel.StoredMessage::key).containsExactly(1L);
        assertThat(compacted.accounts()).containsExactlyInAnyOrder("gone-pupil", "ben");
    }

    /** Entries as comparable text (message bytes in hex), so long lists compare quickly. */
    private static List<String> described(List<JournalEntry> entries) {
        return entries.stream().map(e -> e instanceof JournalEntry.MailboxAppended m
                ? "MailboxAppended " + m.key() + " " + m.folderId() + " " + m.internalDate() + " " + m.flags() + " "
                        + m.origin() + " " + HexFormat.of().formatHex(m.rfc822())
                : e.toString()).toList();
    }

    private static List<String> withoutOrigins(List<MailboxModel.StoredMessage> messages) {
        return messages.stream().map(m -> m.key() + " " + m.folderId() + " " + m.date() + " " + m.flags() + " "
                + HexFormat.of().formatHex(m.rfc822())).toList();
    }

    private static JournalEntry.MailboxAppended appended(long key, long folderId, Origin origin) {
        return new JournalEntry.MailboxAppended(key, folderId, Instant.EPOCH, StoredFlags.NONE,
                Optional.ofNullable(origin), new byte[] {(byte) key});
    }

    private static MailboxModel replay(List<JournalEntry> entries) {
        MailboxModel model = new MailboxModel();
        entries.forEach(model::replay);
        return model;
    }

    private static void assertSameMailboxes(MailboxModel expected, MailboxModel actual, String context) {
        assertThat(actual.accounts()).as(context).containsExactlyInAnyOrderElementsOf(expected.accounts());
        for (String account : expected.accounts()) {
            assertThat(actual.layout(account)).as(context + ", folders of " + account)
                    .containsExactlyInAnyOrderElementsOf(expected.layout(account));
        }
        // Where a message came from matters only while its delivery may be redone, which the next line checks.
        assertThat(withoutOrigins(actual.messages())).as(context + ", messages in arrival order")
                .isEqualTo(withoutOrigins(expected.messages()));
        assertThat(actual.undispatched()).as(context + ", deliveries a redo must skip")
                .isEqualTo(expected.undispatched());
    }

    /** A random life of three mailboxes, as the journaling folders and the dispatcher would record it. */
    private static final class History {
        private static final List<String> ACCOUNTS = List.of("ada", "ben", "tan");

        private final Random random;
        private final Map<String, Map<Long, Folder>> folders = new LinkedHashMap<>();
        private final Map<Long, Long> folderOfKey = new LinkedHashMap<>();
        private final Map<String, Boolean> messageIds = new HashMap<>();
        private long lastKey;
        private long lastFolderId;
        private int lastMessageId;

        History(Random random) {
            this.random = random;
        }

        void continueAfter(long key, long folderId) {
            lastKey = key;
            lastFolderId = folderId;
        }

        List<JournalEntry> steps(int count) {
            List<JournalEntry> entries = new ArrayList<>();
            for (String account : ACCOUNTS) {
                if (!folders.containsKey(account)) {
                    folders.put(account, new LinkedHashMap<>());
                    addFolder(account, "INBOX");
                    entries.add(layout(account));
                }
            }
            for (int i = 0; i < count; i++) {
                step(entries);
            }
            return entries;
        }

        private void step(List<JournalEntry> entries) {
            String account = ACCOUNTS.get(random.nextInt(ACCOUNTS.size()));
            int dice = random.nextInt(100);
            if (dice < 40) {
                entries.add(append(account));
            } else if (dice < 58 && !folderOfKey.isEmpty()) {
                entries.add(new JournalEntry.FlagsChanged(anyKey(), flags()));
            } else if (dice < 72 && !folderOfKey.isEmpty()) {
                long key = anyKey();
                folderOfKey.remove(key);
                entries.add(new JournalEntry.Expunged(key));
            } else if (dice < 80) {
                messageIds.entrySet().stream().filter(e -> !e.getValue()).findAny().ifPresent(e -> {
                    e.setValue(true);
                    entries.add(new JournalEntry.Dispatched(e.getKey()));
                });
            } else if (dice < 87) {
                addFolder(account, "Folder" + random.nextInt(5) + (random.nextBoolean() ? "" : ".Sub"));
                entries.add(layout(account));
            } else if (dice < 92) {
                deleteFolder(account);
                entries.add(layout(account));
            } else if (dice < 96) {
                Folder folder = anyFolder(account);
                folders.get(account).put(folder.id(), folder.path().equals("INBOX") ? folder
                        : new Folder(folder.id(), folder.path() + "Renamed", folder.selectable(), folder.subscribed()));
                entries.add(layout(account));
            } else {
                Folder folder = anyFolder(account);
                folders.get(account).put(folder.id(),
                        new Folder(folder.id(), folder.path(), folder.selectable(), !folder.subscribed()));
                entries.add(layout(account));
            }
        }

        private JournalEntry append(String account) {
            long key = ++lastKey;
            Folder folder = anyFolder(account);
            folderOfKey.put(key, folder.id());
            Optional<Origin> origin = Optional.empty();
            if (random.nextBoolean()) {
                String id = random.nextInt(3) == 0 && !messageIds.isEmpty()
                        ? List.copyOf(messageIds.keySet()).get(random.nextInt(messageIds.size()))
                        : "m" + ++lastMessageId;
                messageIds.putIfAbsent(id, false);
                origin = Optional.of(new Origin(id, account));
            }
            byte[] rfc822 = new byte[1 + random.nextInt(8)];
            random.nextBytes(rfc822);
            return new JournalEntry.MailboxAppended(key, folder.id(), Instant.ofEpochSecond(random.nextInt(1_000_000)),
                    flags(), origin, rfc822);
        }

        private StoredFlags flags() {
            List<String> keywords = random.nextInt(4) == 0 ? List.of("gold-star") : List.of();
            return new StoredFlags(random.nextInt(32), keywords);
        }

        private long anyKey() {
            List<Long> keys = List.copyOf(folderOfKey.keySet());
            return keys.get(random.nextInt(keys.size()));
        }

        private Folder anyFolder(String account) {
            List<Folder> list = List.copyOf(folders.get(account).values());
            return list.get(random.nextInt(list.size()));
        }

        private void addFolder(String account, String path) {
            boolean exists = folders.get(account).values().stream().anyMatch(f -> f.path().equals(path));
            if (!exists) {
                long id = ++lastFolderId;
                folders.get(account).put(id, new Folder(id, path, random.nextInt(5) > 0, random.nextBoolean()));
            }
        }

        private void deleteFolder(String account) {
            Folder folder = anyFolder(account);
            if (!folder.path().equals("INBOX")) {
                folders.get(account).remove(folder.id());
                folderOfKey.values().removeIf(id -> id == folder.id());
            }
        }

        private JournalEntry layout(String account) {
            return new JournalEntry.FolderLayout(account, List.copyOf(folders.get(account).values()));
        }
    }
}
