package uk.safekiosk.gateway.store;

import java.util.Objects;

/**
 * A plain-text message the kiosk itself writes to a member of staff (for example "a pupil reported a message"). It
 * never passes the pupil policy: it is not mail from a pupil, and it only ever goes to staff.
 *
 * @param recipient  the staff member's address
 * @param senderName the name shown as its sender
 * @param subject    one line
 * @param text       the body, plain text
 */
public record StaffNotice(String recipient, String senderName, String subject, String text) {
    public StaffNotice {
        Objects.requireNonNull(recipient, "recipient");
        senderName = senderName == null ? "" : senderName;
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
    }
}
