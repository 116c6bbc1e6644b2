package uk.safekiosk.kiosk.mail;

/**
 * An opened message of the logged-on member.
 *
 * @param uidValidity the folder's UIDVALIDITY when it was read (UIDs are only meaningful with it)
 * @param text        the body: plain text already, the gateway rebuilt it
 */
public record MailItem(MailSummary summary, long uidValidity, String text) {
    public MailItem {
        text = text == null ? "" : text;
    }
}
