package uk.safekiosk.kiosk.mail;

import java.util.Arrays;
import java.util.Optional;

/** The two folders a pupil sees: what came in, and copies of what they sent. */
public enum MailFolder {
    INBOX("INBOX", "inbox"),
    SENT("Sent", "sent");

    /** Where the inbox is: the Email tile's route, and the way back to mail from other features. */
    public static final String INBOX_ROUTE = "mail";

    private final String imapName;
    private final String segment;

    MailFolder(String imapName, String segment) {
        this.imapName = imapName;
        this.segment = segment;
    }

    String imapName() {
        return imapName;
    }

    /** How the folder is named in an address such as {@code mail/inbox/12}. */
    public String segment() {
        return segment;
    }

    public static Optional<MailFolder> ofSegment(String segment) {
        return Arrays.stream(values()).filter(f -> f.segment.equals(segment)).findFirst();
    }
}
