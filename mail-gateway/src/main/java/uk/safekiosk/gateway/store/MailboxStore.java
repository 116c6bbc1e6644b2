package uk.safekiosk.gateway.store;

import com.icegreen.greenmail.imap.ImapConstants;
import com.icegreen.greenmail.imap.ImapServer;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserImpl;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.safekiosk.gateway.delivery.MailboxSink;
import uk.safekiosk.gateway.delivery.OutboundMessage;
import uk.safekiosk.gateway.journal.Journal;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.journal.JournalEntry.Folder;
import uk.safekiosk.gateway.journal.JournalEntry.Origin;
import uk.safekiosk.gateway.roster.MailLogin;
import uk.safekiosk.gateway.roster.Member;
import uk.safekiosk.gateway.roster.Roster;

/**
 * The built-in mailbox store: GreenMail's IMAP server (IMAP only, loopback only), one account per roster member
 * created up front, made durable by the journal.
 *
 * <p>GreenMail keeps everything in memory. Every change to a mailbox, whether a delivery by the gateway or an IMAP
 * client's APPEND, COPY, MOVE, STORE (flags, including the \Seen a FETCH sets), EXPUNGE or folder CREATE / DELETE /
 * RENAME / SUBSCRIBE, is journaled before the IMAP command is answered (see {@link JournalingFolder}). At start-up the
 * journal is replayed into a {@link MailboxModel} and GreenMail is filled from it: every message is back once, with
 * its flags, in its folder. UIDs are given afresh and UIDVALIDITY changes, which tells IMAP clients to re-read.
 *
 * <p>Start-up order: construct, {@link #replay} every journal entry, (compact the journal from {@link #liveEntries}),
 * then {@link #start}.
 */
public final class MailboxStore implements MailboxSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxStore.class);
    /** RFC 3501's minimum auto-logout time; GreenMail's own default (30 s) drops idle kiosk sessions. */
    private static final Duration IMAP_IDLE_TIMEOUT = Duration.ofMinutes(30);

    private final Journal journal;
    private final Roster roster;
    private final Clock clock;
    private final int requestedPort;
    private final Tracking tracking;
    private final JournalingStore store;
    private final GatewayHostManager hostManager;
    private final LoginUserManager users;
    private final MailboxModel model = new MailboxModel();
    private final Set<Origin> delivered = ConcurrentHashMap.newKeySet();
    private final Session session = Session.getInstance(new Properties());
    private ImapServer imap;

    public MailboxStore(Journal journal, Roster roster, MailLogin login, Clock clock, int imapPort) {
        this.journal = journal;
        this.roster = roster;
        this.clock = clock;
        this.requestedPort = imapPort;
        this.tracking = new Tracking(journal);
        this.store = new JournalingStore(tracking);
        // Quotas are per namespace root and GreenMail lets any user set any root's quota.
        this.store.setQuotaSupported(false);
        this.hostManager = new GatewayHostManager(store, this::journalLayout);
        this.users = new LoginUserManager(hostManager, login);
    }

    /** Rebuilds the mailboxes' state from one journal entry; entries of other features are ignored. */
    public void replay(JournalEntry entry) {
        model.replay(entry);
    }

    /**
     * What a compacted journal must hold for the mailboxes (see {@link MailboxModel#liveEntries}). Only between
     * {@link #replay} and {@link #start}, which hands the messages over to GreenMail.
     */
    public Stream<JournalEntry> liveEntries() {
        if (tracking.isLive()) {
            throw new IllegalStateException("The store has started; its messages are in GreenMail now");
        }
        return model.liveEntries();
    }

    /** Fills GreenMail from the replayed journal, creates accounts for new members, and starts IMAP. */
    public synchronized void start() {
        tracking.continueAfter(model.highestKey(), model.highestFolderId());
        delivered.addAll(model.delivered());
        List<GreenMailUser> fresh = new ArrayList<>();
        for (Member member : roster.members()) {
            createAccount(member).filter(user -> model.layout(user.getEmail()).isEmpty()).ifPresent(fresh::add);
        }
        restoreMessages();
        warnAboutAccountsNotServed();
        tracking.goLive();
        fresh.forEach(this::journalLayout);
        startImap();
    }

    /** Creates (and journals) a mailbox for every roster member who has none yet; returns how many were made. */
    public synchronized int addMissingMailboxes() {
        int made = 0;
        for (Member member : roster.members()) {
            if (users.getUserByEmail(member.address()) == null) {
                Optional<GreenMailUser> user = createAccount(member);
                user.ifPresent(this::journalLayout);
                made += user.isPresent() ? 1 : 0;
            }
        }
        return made;
    }

    public int imapPort() {
        return imap.getPort();
    }

    /** Puts the rebuilt message in each recipient's INBOX, skipping recipients who already had it. */
    @Override
    public void deliver(OutboundMessage message) throws MessagingException {
        for (String recipient : message.recipients()) {
            Origin origin = new Origin(message.id(), recipient);
            if (delivered.contains(origin)) {
                continue;
            }
            GreenMailUser user = users.getUserByEmail(recipient);
            if (user == null) {
                throw new MessagingException("No mailbox for " + recipient);
            }
            MimeMessage mime = new MimeMessage(session, new ByteArrayInputStream(message.rfc822()));
            inbox(user).appendDelivered(mime, Date.from(clock.instant()), origin);
            delivered.add(origin);
        }
    }

    /**
     * For a pupil's report: hands the message to {@code keeper} first, and only then removes it from the INBOX
     * (journaled). False when the message is not there (or the UIDVALIDITY is from before a restart).
     */
    public boolean removeForStaff(MessageRef ref, StaffCopy keeper) throws IOException {
        GreenMailUser user = users.getUserByEmail(Member.normalise(ref.address()));
        return user != null && inbox(user).removeForStaff(ref.uidValidity(), ref.uid(), keeper);
    }

    /**
     * Puts a message the kiosk itself wrote (a notice for staff) in a member's INBOX. It is journaled and synced, as an
     * IMAP APPEND is, before this returns.
     *
     * @throws IllegalArgumentException when the member has no mailbox here
     */
    public void deliverNotice(String address, byte[] rfc822) throws MessagingException {
        GreenMailUser user = users.getUserByEmail(Member.normalise(address));
        if (user == null) {
            throw new IllegalArgumentException("No mailbox for " + address);
        }
        MimeMessage mime = new MimeMessage(session, new ByteArrayInputStream(rfc822));
        inbox(user).appendMessage(mime, new Flags(), Date.from(clock.instant()));
    }

    @Override
    public synchronized void close() {
        if (imap != null) {
            imap.stopService();
        }
    }

    private Optional<GreenMailUser> createAccount(Member member) {
        String address = member.address();
        String qualified = new UserImpl(address, address, "", hostManager).getQualifiedMailboxName();
        boolean clash = users.listUser().stream().anyMatch(u -> u.getQualifiedMailboxName().equals(qualified));
        if (clash) {
            // GreenMail names account folders by the address's hash code; two addresses with one hash would share.
            LOG.error("No mailbox for {}: its GreenMail folder name {} is already taken by another member", address,
                    qualified);
            return Optional.empty();
        }
        List<Folder> layout = model.layout(address);
        layout.forEach(f -> tracking.expectFolder(fullName(qualified, f.path()), f.id()));
        try {
            GreenMailUser user = users.createUser(address, address, "");
            for (Folder folder : layout) {
                restoreFolder(user, folder);
            }
            return Optional.of(user);
        } catch (UserException | FolderException e) {
            throw new IllegalStateException("Cannot create the mailbox of " + address, e);
        }
    }

    private void restoreFolder(GreenMailUser user, Folder folder) throws FolderException {
        MailFolder existing = hostManager.getFolder(user, folder.path());
        MailFolder restored = existing != null ? existing : hostManager.createMailbox(user, folder.path());
        if (!folder.selectable()) {
            store.setSelectable(restored, false);
        }
        if (folder.subscribed()) {
            hostManager.subscribe(user, folder.path());
        }
    }

    private void restoreMessages() {
        int skipped = 0;
        for (MailboxModel.StoredMessage m : model.messages()) {
            var folder = tracking.folder(m.folderId());
            if (folder.isEmpty()) {
                skipped++;
                continue;
            }
            try {
                MimeMessage mime = new MimeMessage(session, new ByteArrayInputStream(m.rfc822()));
                folder.get().restore(m.key(), mime, m.flags(), Date.from(m.date()));
            } catch (MessagingException e) {
                throw new IllegalStateException("Journaled message " + m.key() + " cannot be read back", e);
            }
        }
        if (skipped > 0) {
            LOG.warn("{} journaled messages belong to members no longer on the roster; they stay in the journal only",
                    skipped);
        }
        model.clearMessages();
    }

    private void warnAboutAccountsNotServed() {
        Set<String> served = new HashSet<>();
        users.listUser().forEach(u -> served.add(u.getEmail()));
        model.accounts().stream()
                .filter(account -> !served.contains(account))
                .forEach(account -> LOG.warn("Mailbox of {} is in the journal but {} is not on the roster", account,
                        account));
    }

    private void journalLayout(GreenMailUser user) {
        if (!tracking.isLive()) {
            return;
        }
        String prefix = fullName(user.getQualifiedMailboxName(), "");
        try {
            Set<String> subscribed = new HashSet<>();
            hostManager.listSubscribedMailboxes(user, "*").forEach(f -> subscribed.add(f.getFullName()));
            List<Folder> folders = new ArrayList<>();
            for (MailFolder folder : hostManager.listMailboxes(user, "*")) {
                JournalingFolder journaling = tracking.wrap(folder);
                String name = folder.getFullName();
                folders.add(new Folder(journaling.id(), name.substring(prefix.length()), folder.isSelectable(),
                        subscribed.contains(name)));
            }
            journal.append(new JournalEntry.FolderLayout(user.getEmail(), folders));
        } catch (FolderException e) {
            throw new IllegalStateException("Cannot list the folders of " + user.getEmail(), e);
        }
    }

    private JournalingFolder inbox(GreenMailUser user) {
        return tracking.wrap(hostManager.getInbox(user));
    }

    private static String fullName(String qualifiedAccount, String path) {
        return ImapConstants.USER_NAMESPACE + ImapConstants.HIERARCHY_DELIMITER + qualifiedAccount
                + ImapConstants.HIERARCHY_DELIMITER + path;
    }

    private void startImap() {
        ServerSetup setup = new ServerSetup(
                requestedPort, InetAddress.getLoopbackAddress().getHostAddress(), ServerSetup.PROTOCOL_IMAP);
        imap = new ImapServer(setup, new StoreManagers(hostManager, users));
        imap.setClientSocketTimeout((int) IMAP_IDLE_TIMEOUT.toMillis());
        imap.startService();
        try {
            if (!imap.waitTillRunning(setup.getServerStartupTimeout())) {
                throw new IllegalStateException("The IMAP server did not start on port " + requestedPort);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting IMAP", e);
        }
    }
}
