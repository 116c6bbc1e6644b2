package uk.safekiosk.kiosk.support;

import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import uk.safekiosk.gateway.MailGateway;

/**
 * The demo school's mail over real SMTP and IMAP sockets, as an outside mail client would use it (each member's own
 * demo password), for setting up and checking tests.
 */
public final class DemoMail {

    /** What a folder holds, read without marking anything read. */
    public record Held(long uid, String subject, String from, String text, boolean seen) {}

    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MailGateway gateway;

    public DemoMail(MailGateway gateway) {
        this.gateway = gateway;
    }

    /** A subject no other test uses: a word and letters that make no word (so no rule ever matches them). */
    public static String unique(String word) {
        StringBuilder letters = new StringBuilder(word).append(' ');
        for (int i = 0; i < 8; i++) {
            letters.append(CONSONANTS.charAt(RANDOM.nextInt(CONSONANTS.length())));
        }
        return letters.toString();
    }

    public static String address(String username) {
        return username + "@oakfield.example";
    }

    public static String password(String username) {
        if (username.equals("dsl")) {
            return "demo-dsl";
        }
        return username.endsWith(".teacher") ? "demo-teacher" : "demo-pupil";
    }

    public void send(String fromUser, String subject, String body, String... toUsers) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(gateway.smtpPort()));
        props.put("mail.smtp.auth", "true");
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(address(fromUser)));
        for (String to : toUsers) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(address(to)));
        }
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        Transport.send(message, address(fromUser), password(fromUser));
    }

    /** A message with an HTML part and an attachment, as a mail client outside the kiosk could send it. */
    public void sendWithAttachment(String fromUser, String subject, String text, String html, String fileName,
                                   String contentType, byte[] content, String... toUsers) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(gateway.smtpPort()));
        props.put("mail.smtp.auth", "true");
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(address(fromUser)));
        for (String to : toUsers) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(address(to)));
        }
        message.setSubject(subject, "UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setContent(html, "text/html; charset=UTF-8");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(rich);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(content, contentType)));
        attachment.setFileName(fileName);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        Transport.send(message, address(fromUser), password(fromUser));
    }

    public List<Held> folder(String username, String folderName) throws MessagingException, IOException {
        Properties props = new Properties();
        props.setProperty("mail.imap.peek", "true");
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect("127.0.0.1", gateway.imapPort().orElseThrow(), address(username), password(username));
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            try {
                List<Held> held = new ArrayList<>();
                for (Message m : folder.getMessages()) {
                    held.add(new Held(((UIDFolder) folder).getUID(m), m.getSubject(),
                            ((InternetAddress) m.getFrom()[0]).getAddress(), String.valueOf(m.getContent()),
                            m.isSet(Flags.Flag.SEEN)));
                }
                return held;
            } finally {
                folder.close(false);
            }
        }
    }

    public List<Held> inbox(String username) throws MessagingException, IOException {
        return folder(username, "INBOX");
    }

    /** The UID of the message with this subject in the member's INBOX. */
    public long uidOf(String username, String subject) throws MessagingException, IOException {
        return inbox(username).stream().filter(h -> subject.equals(h.subject())).findFirst()
                .orElseThrow(() -> new AssertionError("No message '" + subject + "' for " + username)).uid();
    }
}
