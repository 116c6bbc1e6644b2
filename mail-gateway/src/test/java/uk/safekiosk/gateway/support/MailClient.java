package uk.safekiosk.gateway.support;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/** Jakarta Mail over real loopback sockets, as the kiosk or Thunderbird would talk to the gateway. */
public final class MailClient {

    /** What a mailbox holds, read with PEEK so reading does not change \Seen. */
    public record Received(
            long uid, long uidValidity, String subject, String from, String contentType, Object content, boolean seen,
            boolean deleted, byte[] rfc822) {}

    private final int smtpPort;
    private final int imapPort;

    public MailClient(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    public static MimeMessage message(String from, String subject, String body, String... to)
            throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        for (String recipient : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        return message;
    }

    public void send(String user, String secret, MimeMessage message) throws MessagingException {
        Session session = Session.getInstance(smtpProperties());
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", smtpPort, user, secret);
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    /** Sends and returns the server's reply to the message (the 250 line). */
    public String sendForReply(String user, String secret, MimeMessage message) throws MessagingException {
        Session session = Session.getInstance(smtpProperties());
        try (SMTPTransport transport = (SMTPTransport) session.getTransport("smtp")) {
            transport.connect("127.0.0.1", smtpPort, user, secret);
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
            return transport.getLastServerResponse();
        }
    }

    public void send(String user, String secret, String subject, String body, String... to)
            throws MessagingException {
        send(user, secret, message(user, subject, body, to));
    }

    /** Sends without logging on at all. */
    public void sendAnonymously(MimeMessage message) throws MessagingException {
        Properties props = smtpProperties();
        props.setProperty("mail.smtp.auth", "false");
        Session session = Session.getInstance(props);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", smtpPort, null, null);
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    public Store imap(String user, String secret) throws MessagingException {
        Properties props = new Properties();
        props.setProperty("mail.imap.peek", "true");
        props.setProperty("mail.imap.connectiontimeout", "10000");
        props.setProperty("mail.imap.timeout", "10000");
        Store store = Session.getInstance(props).getStore("imap");
        store.connect("127.0.0.1", imapPort, user, secret);
        return store;
    }

    public List<Received> inbox(String user, String secret) throws MessagingException, IOException {
        return folder(user, secret, "INBOX");
    }

    public List<Received> folder(String user, String secret, String name) throws MessagingException, IOException {
        try (Store store = imap(user, secret); Folder folder = store.getFolder(name)) {
            folder.open(Folder.READ_ONLY);
            UIDFolder uids = (UIDFolder) folder;
            List<Received> received = new ArrayList<>();
            for (Message m : folder.getMessages()) {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                m.writeTo(raw);
                received.add(new Received(uids.getUID(m), uids.getUIDValidity(), m.getSubject(),
                        ((InternetAddress) m.getFrom()[0]).getAddress(), m.getContentType(), m.getContent(),
                        m.isSet(Flags.Flag.SEEN), m.isSet(Flags.Flag.DELETED), raw.toByteArray()));
            }
            return received;
        }
    }

    private Properties smtpProperties() {
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", "127.0.0.1");
        props.setProperty("mail.smtp.port", Integer.toString(smtpPort));
        props.setProperty("mail.smtp.auth", "true");
        props.setProperty("mail.smtp.connectiontimeout", "10000");
        props.setProperty("mail.smtp.timeout", "30000");
        return props;
    }
}
