package uk.safekiosk.gateway.journal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.safekiosk.gateway.policy.Finding;

/** One fact in the journal. Replaying all of them in order rebuilds the gateway's state. */
public sealed interface JournalEntry {

    /** A message the SMTP front took in full, with the decision made on it. Written before the front answers. */
    record Accepted(
            String id,
            Instant at,
            String sender,
            List<String> recipients,
            String subject,
            VerdictKind verdict,
            List<Finding> findings,
            String explanation,
            byte[] rfc822) implements JournalEntry {
        public Accepted {
            Objects.requireNonNull(id, "id");
            recipients = List.copyOf(recipients);
            findings = List.copyOf(findings);
        }
    }

    /** The rebuilt message of {@code id} reached every recipient's mailbox (or the next hop). */
    record Dispatched(String id) implements JournalEntry {}

    /** Staff released or returned a held message. */
    record HeldResolved(String id, HeldOutcome outcome, String by, Instant at) implements JournalEntry {}

    /** Where a mailbox message came from when the gateway delivered it (absent for IMAP APPEND and COPY). */
    record Origin(String messageId, String recipient) {}

    /** A message was put in a mailbox folder, by delivery or by an IMAP client. {@code key} names it for good. */
    record MailboxAppended(
            long key, long folderId, Instant internalDate, StoredFlags flags, Optional<Origin> origin, byte[] rfc822)
            implements JournalEntry {}

    /**
     * A delivery whose mailbox copy has gone since, written by compaction while its message is not yet
     * {@link Dispatched}: if the delivery is redone after a crash, this recipient is skipped.
     */
    record Delivered(Origin origin) implements JournalEntry {}

    record FlagsChanged(long key, StoredFlags flags) implements JournalEntry {}

    record Expunged(long key) implements JournalEntry {}

    /** A folder of a member's mail account; {@code path} is relative to the account, e.g. {@code INBOX}. */
    record Folder(long id, String path, boolean selectable, boolean subscribed) {}

    /** The whole folder tree of one account after a create, delete, rename or (un)subscribe. */
    record FolderLayout(String account, List<Folder> folders) implements JournalEntry {
        public FolderLayout {
            folders = List.copyOf(folders);
        }
    }
}
