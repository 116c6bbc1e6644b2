package uk.safekiosk.kiosk.mail;

import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import uk.safekiosk.gateway.roster.MailToken;

/**
 * Jakarta Mail over loopback as one logged-on member: IMAP to read their own folders, SMTP through the gateway to
 * send. The gateway decides who may open which mailbox; this class only ever presents the member's own token.
 */
final class MailboxClient {

    private static final String HOST = "127.0.0.1";
    private static final String TIMEOUT_MILLIS = "10000";

    private final Session session;
    private final int smtpPort;
    private final int imapPort;

    MailboxClient(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        Properties props = new Properties();
        // Listing and reading never mark a message read by accident; opening one marks it explicitly.
        props.setProperty("mail.imap.peek", "true");
        props.setProperty("mail.imap.connectiontimeout", TIMEOUT_MILLIS);
        props.setProperty("mail.imap.timeout", TIMEOUT_MILLIS);
        props.setProperty("mail.smtp.auth", "true");
        props.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        props.setProperty("mail.smtp.timeout", "30000");
        this.session = Session.getInstance(props);
    }

    MimeMessage newMessage() {
        return new MimeMessage(session);
    }

    /** Newest first; an empty list when the folder does not exist yet. */
    List<MailSummary> list(MailToken token, MailFolder folder, Function<Address, Correspondent> names)
            throws MessagingException {
        try (Store store = connect(token)) {
            Folder f = store.getFolder(folder.imapName());
            if (!f.exists()) {
                return List.of();
            }
            f.open(Folder.READ_ONLY);
            try {
                Message[] messages = f.getMessages();
                FetchProfile profile = new FetchProfile();
                profile.add(FetchProfile.Item.ENVELOPE);
                profile.add(FetchProfile.Item.FLAGS);
                profile.add(UIDFolder.FetchProfileItem.UID);
                f.fetch(messages, profile);
                List<MailSummary> summaries = new ArrayList<>(messages.length);
                for (Message m : messages) {
                    if (!m.isSet(Flags.Flag.DELETED)) {
                        summaries.add(summary(folder, ((UIDFolder) f).getUID(m), m, names));
                    }
                }
                summaries.sort(Comparator.comparing(MailSummary::at).thenComparing(MailSummary::uid).reversed());
                return summaries;
            } finally {
                f.close(false);
            }
        }
    }

    /** The message with this UID in the member's own folder; an INBOX message becomes read. */
    Optional<MailItem> read(MailToken token, MailFolder folder, long uid, Function<Address, Correspondent> names)
            throws MessagingException {
        try (Store store = connect(token)) {
            Folder f = store.getFolder(folder.imapName());
            if (!f.exists()) {
                return Optional.empty();
            }
            f.open(folder == MailFolder.INBOX ? Folder.READ_WRITE : Folder.READ_ONLY);
            try {
                UIDFolder uids = (UIDFolder) f;
                Message m = uids.getMessageByUID(uid);
                if (m == null || m.isSet(Flags.Flag.DELETED)) {
                    return Optional.empty();
                }
                MailSummary summary = summary(folder, uid, m, names);
                String text = textOf(m);
                if (folder == MailFolder.INBOX && !m.isSet(Flags.Flag.SEEN)) {
                    m.setFlag(Flags.Flag.SEEN, true);
                }
                return Optional.of(new MailItem(summary, uids.getUIDValidity(), text));
            } finally {
                f.close(false);
            }
        }
    }

    /**
     * Messages between the token's member and {@code other}: from them in INBOX, to them in Sent; oldest first. Read
     * only (the session peeks), so nothing becomes read.
     */
    List<MailItem> between(MailToken token, String other, Function<Address, Correspondent> names)
            throws MessagingException {
        List<MailItem> found = new ArrayList<>();
        try (Store store = connect(token)) {
            for (MailFolder folder : MailFolder.values()) {
                Folder f = store.getFolder(folder.imapName());
                if (!f.exists()) {
                    continue;
                }
                f.open(Folder.READ_ONLY);
                try {
                    UIDFolder uids = (UIDFolder) f;
                    for (Message m : f.getMessages()) {
                        if (m.isSet(Flags.Flag.DELETED)) {
                            continue;
                        }
                        MailSummary summary = summary(folder, uids.getUID(m), m, names);
                        List<Correspondent> counterpart = folder == MailFolder.INBOX ? List.of(summary.from())
                                : summary.to();
                        if (counterpart.stream().anyMatch(c -> c.address().equalsIgnoreCase(other))) {
                            found.add(new MailItem(summary, uids.getUIDValidity(), textOf(m)));
                        }
                    }
                } finally {
                    f.close(false);
                }
            }
        }
        found.sort(Comparator.comparing((MailItem item) -> item.summary().at()));
        return found;
    }

    /** Sends as the token's member and returns the gateway's reply to the message. */
    String send(MailToken token, MimeMessage message) throws MessagingException {
        try (SMTPTransport transport = (SMTPTransport) session.getTransport("smtp")) {
            transport.connect(HOST, smtpPort, token.address(), token.secret());
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
            return transport.getLastServerResponse();
        }
    }

    /** Keeps a read copy of what the member sent in their Sent folder, making the folder on first use. */
    void keepSent(MailToken token, MimeMessage message) throws MessagingException {
        try (Store store = connect(token)) {
            Folder sent = store.getFolder(MailFolder.SENT.imapName());
            if (!sent.exists()) {
                sent.create(Folder.HOLDS_MESSAGES);
            }
            message.setFlag(Flags.Flag.SEEN, true);
            sent.appendMessages(new Message[] {message});
        }
    }

    private Store connect(MailToken token) throws MessagingException {
        Store store = session.getStore("imap");
        store.connect(HOST, imapPort, token.address(), token.secret());
        return store;
    }

    private static MailSummary summary(MailFolder folder, long uid, Message m,
                                       Function<Address, Correspondent> names) throws MessagingException {
        Address[] from = m.getFrom();
        Correspondent sender = from == null || from.length == 0 ? new Correspondent("", "") : names.apply(from[0]);
        Address[] to = m.getRecipients(Message.RecipientType.TO);
        List<Correspondent> recipients = to == null ? List.of() : Arrays.stream(to).map(names).toList();
        Date date = m.getReceivedDate() != null ? m.getReceivedDate() : m.getSentDate();
        Instant at = date == null ? Instant.EPOCH : date.toInstant();
        boolean unread = folder == MailFolder.INBOX && !m.isSet(Flags.Flag.SEEN);
        return new MailSummary(folder, uid, sender, recipients, m.getSubject(), at, unread);
    }

    /** The plain text of a message; any part that is not text is left out (a pupil never sees attachments). */
    private static String textOf(Part part) throws MessagingException {
        try {
            if (part.isMimeType("text/plain")) {
                return String.valueOf(part.getContent());
            }
            if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = textOf(multipart.getBodyPart(i));
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        } catch (IOException e) {
            throw new MessagingException("Could not read the message text", e);
        }
    }

    static Correspondent plain(Address address) {
        return address instanceof InternetAddress ia ? new Correspondent(ia.getAddress(), ia.getPersonal())
                : new Correspondent(String.valueOf(address), "");
    }
}
