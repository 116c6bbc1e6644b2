package uk.safekiosk.gateway.store;

import com.icegreen.greenmail.foedus.util.MsgRangeFilter;
import com.icegreen.greenmail.imap.commands.IdRange;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.FolderListener;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.SearchTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.journal.JournalEntry.Origin;
import uk.safekiosk.gateway.journal.StoredFlags;

/**
 * A GreenMail folder whose every change is journaled before the IMAP command that made it is answered. GreenMail's
 * own folder listeners are called while it holds its locks and give message numbers rather than UIDs, so instead
 * this decorator sits in front of the folder, lets it change, and then writes down the difference: new UIDs become
 * {@link JournalEntry.MailboxAppended}, changed flags {@link JournalEntry.FlagsChanged}, vanished UIDs
 * {@link JournalEntry.Expunged}. Each message has a journal key that outlives restarts (UIDs do not).
 *
 * <p>Changes are serialised per folder on this object's monitor; reads go straight to GreenMail.
 */
final class JournalingFolder implements MailFolder, UIDFolder {

    private final MailFolder delegate;
    private final long id;
    private final Tracking tracking;
    private final Map<Long, Long> keyByUid = new HashMap<>();
    private final Map<Long, StoredFlags> flagsByUid = new HashMap<>();
    private long highestUid;

    JournalingFolder(MailFolder delegate, long id, Tracking tracking) {
        this.delegate = delegate;
        this.id = id;
        this.tracking = tracking;
    }

    MailFolder delegate() {
        return delegate;
    }

    long id() {
        return id;
    }

    // ---- Changes made by the gateway itself ----

    /** Puts a message rebuilt by the gateway in this folder. Its journal entry is queued, not waited for. */
    synchronized long appendDelivered(MimeMessage message, Date date, Origin origin) {
        long uid = delegate.appendMessage(message, new Flags(), date);
        tracking.write(collectAppends(uid, Optional.of(origin)), false);
        return uid;
    }

    /** Puts back a message from the journal, under its old key, without journaling it again. */
    synchronized void restore(long key, MimeMessage message, StoredFlags flags, Date date) {
        long uid = delegate.appendMessage(message, flags.toFlags(), date);
        StoredMessage stored = delegate.getMessage(uid);
        stored.setFlag(Flags.Flag.RECENT, false);
        keyByUid.put(uid, key);
        flagsByUid.put(uid, flags);
        highestUid = Math.max(highestUid, uid);
    }

    /** Hands a copy of the message to {@code keeper}, then expunges it. False if there is no such message. */
    synchronized boolean removeForStaff(long uidValidity, long uid, StaffCopy keeper) throws IOException {
        StoredMessage stored = delegate.getUidValidity() == uidValidity ? delegate.getMessage(uid) : null;
        if (stored == null) {
            return false;
        }
        keeper.keep(bytes(stored.getMimeMessage()));
        try {
            delegate.setFlags(new Flags(Flags.Flag.DELETED), true, uid, null, false);
        } catch (FolderException e) {
            throw new IllegalStateException("Message " + uid + " vanished while being removed", e);
        }
        delegate.expunge(new IdRange[] {new IdRange(uid)});
        tracking.write(collectRemovals(), true);
        return true;
    }

    // ---- Changes made by IMAP clients (through GreenMail) ----

    @Override
    public synchronized long appendMessage(MimeMessage message, Flags flags, Date receivedDate) {
        long uid = delegate.appendMessage(message, flags, receivedDate);
        tracking.write(collectAppends(uid, Optional.empty()), true);
        return uid;
    }

    @Override
    public void store(MovingMessage mail) {
        appendMessage(mail.getMessage(), new Flags(), new Date());
    }

    @Override
    public void store(MimeMessage message) {
        appendMessage(message, new Flags(), new Date());
    }

    @Override
    public synchronized void deleteAllMessages() {
        delegate.deleteAllMessages();
        tracking.write(collectRemovals(), true);
    }

    @Override
    public synchronized void expunge() throws FolderException {
        delegate.expunge();
        tracking.write(collectRemovals(), true);
    }

    @Override
    public synchronized void expunge(IdRange[] idRanges) {
        delegate.expunge(idRanges);
        tracking.write(collectRemovals(), true);
    }

    @Override
    public synchronized void setFlags(Flags flags, boolean value, long uid, FolderListener silentListener, boolean addUid)
            throws FolderException {
        delegate.setFlags(flags, value, uid, silentListener, addUid);
        tracking.write(collectFlagChange(uid), true);
    }

    @Override
    public synchronized void replaceFlags(Flags flags, long uid, FolderListener silentListener, boolean addUid)
            throws FolderException {
        delegate.replaceFlags(flags, uid, silentListener, addUid);
        tracking.write(collectFlagChange(uid), true);
    }

    /** The source does not change; the target catches up on its new message under its own monitor. */
    @Override
    public long copyMessage(long uid, MailFolder toFolder) throws FolderException {
        JournalingFolder target = journaling(toFolder);
        long newUid = delegate.copyMessage(uid, target.delegate);
        target.catchUpAppends();
        return newUid;
    }

    /** Removal from here and arrival there go in one journal record, so a crash cannot lose or double the message. */
    @Override
    public long moveMessage(long uid, MailFolder toFolder) throws FolderException {
        JournalingFolder target = journaling(toFolder);
        JournalingFolder first = id <= target.id ? this : target;
        JournalingFolder second = first == this ? target : this;
        synchronized (first) {
            synchronized (second) {
                long newUid = delegate.moveMessage(uid, target.delegate);
                List<JournalEntry> entries = new ArrayList<>(collectRemovals());
                entries.addAll(target.collectAppends(newUid, Optional.empty()));
                tracking.write(entries, true);
                return newUid;
            }
        }
    }

    private synchronized void catchUpAppends() {
        tracking.write(collectAppends(-1, Optional.empty()), true);
    }

    // ---- Differences between GreenMail's state and what is journaled ----

    /** Messages with UIDs above the highest journaled one; {@code origin} belongs to the message with {@code uid}. */
    private List<JournalEntry> collectAppends(long uid, Optional<Origin> origin) {
        List<JournalEntry> entries = new ArrayList<>(1);
        for (long newUid : delegate.getMessageUids()) {
            if (newUid <= highestUid) {
                continue;
            }
            StoredMessage stored = delegate.getMessage(newUid);
            if (stored == null) {
                continue;
            }
            long key = tracking.nextKey();
            StoredFlags flags = StoredFlags.of(stored.getFlags());
            keyByUid.put(newUid, key);
            flagsByUid.put(newUid, flags);
            highestUid = Math.max(highestUid, newUid);
            entries.add(new JournalEntry.MailboxAppended(key, id, stored.getReceivedDate().toInstant(), flags,
                    newUid == uid ? origin : Optional.empty(), bytes(stored.getMimeMessage())));
        }
        return entries;
    }

    private List<JournalEntry> collectRemovals() {
        Set<Long> present = new HashSet<>();
        for (long uid : delegate.getMessageUids()) {
            present.add(uid);
        }
        List<JournalEntry> entries = new ArrayList<>();
        keyByUid.entrySet().removeIf(e -> {
            if (present.contains(e.getKey())) {
                return false;
            }
            entries.add(new JournalEntry.Expunged(e.getValue()));
            flagsByUid.remove(e.getKey());
            return true;
        });
        return entries;
    }

    private List<JournalEntry> collectFlagChange(long uid) {
        List<JournalEntry> entries = new ArrayList<>(collectAppends(-1, Optional.empty()));
        StoredMessage stored = delegate.getMessage(uid);
        Long key = keyByUid.get(uid);
        if (stored != null && key != null) {
            StoredFlags flags = StoredFlags.of(stored.getFlags());
            if (!flags.equals(flagsByUid.put(uid, flags))) {
                entries.add(new JournalEntry.FlagsChanged(key, flags));
            }
        }
        return entries;
    }

    private static JournalingFolder journaling(MailFolder folder) {
        if (folder instanceof JournalingFolder j) {
            return j;
        }
        throw new IllegalStateException("Folder " + folder.getFullName() + " is not journaled");
    }

    static byte[] bytes(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot serialise a stored message", e);
        }
    }

    // ---- Reads, straight through ----

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public String getFullName() {
        return delegate.getFullName();
    }

    @Override
    public Flags getAvailableFlags() {
        return delegate.getAvailableFlags();
    }

    @Override
    public Flags getPermanentFlags() {
        return delegate.getPermanentFlags();
    }

    @Override
    public int getMessageCount() {
        return delegate.getMessageCount();
    }

    @Override
    public int getRecentCount(boolean reset) {
        return delegate.getRecentCount(reset);
    }

    @Override
    public long getUidValidity() {
        return delegate.getUidValidity();
    }

    @Override
    public int getFirstUnseen() {
        return delegate.getFirstUnseen();
    }

    @Override
    public int getUnseenCount() {
        return delegate.getUnseenCount();
    }

    @Override
    public boolean isSelectable() {
        return delegate.isSelectable();
    }

    @Override
    public long getUIDNext() {
        return delegate.getUIDNext();
    }

    @Override
    public void addListener(FolderListener listener) {
        delegate.addListener(listener);
    }

    @Override
    public void removeListener(FolderListener listener) {
        delegate.removeListener(listener);
    }

    @Override
    public StoredMessage getMessage(long uid) {
        return delegate.getMessage(uid);
    }

    @Override
    public long[] getMessageUids() {
        return delegate.getMessageUids();
    }

    @Override
    public long[] search(SearchTerm searchTerm) {
        return delegate.search(searchTerm);
    }

    @Override
    public int getMsn(long uid) throws FolderException {
        return delegate.getMsn(uid);
    }

    @Override
    public void signalDeletion() {
        delegate.signalDeletion();
    }

    @Override
    public List<StoredMessage> getMessages(MsgRangeFilter range) {
        return delegate.getMessages(range);
    }

    @Override
    public List<StoredMessage> getMessages() {
        return delegate.getMessages();
    }

    @Override
    public List<StoredMessage> getNonDeletedMessages() {
        return delegate.getNonDeletedMessages();
    }

    @Override
    public long getUIDValidity() throws MessagingException {
        return uidFolder().getUIDValidity();
    }

    @Override
    public Message getMessageByUID(long uid) throws MessagingException {
        return uidFolder().getMessageByUID(uid);
    }

    @Override
    public Message[] getMessagesByUID(long start, long end) throws MessagingException {
        return uidFolder().getMessagesByUID(start, end);
    }

    @Override
    public Message[] getMessagesByUID(long[] uids) throws MessagingException {
        return uidFolder().getMessagesByUID(uids);
    }

    @Override
    public long getUID(Message message) throws MessagingException {
        return uidFolder().getUID(message);
    }

    private UIDFolder uidFolder() {
        return (UIDFolder) delegate;
    }

    @Override
    public String toString() {
        return "JournalingFolder[" + id + ", " + delegate.getFullName() + "]";
    }
}
