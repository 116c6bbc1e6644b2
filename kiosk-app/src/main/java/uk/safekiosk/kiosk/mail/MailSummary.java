package uk.safekiosk.kiosk.mail;

import java.time.Instant;
import java.util.List;

/**
 * One line of a mail list.
 *
 * @param uid    the message's IMAP UID in the logged-on member's own folder
 * @param at     when it arrived in that folder
 * @param unread not opened yet (always false in Sent)
 */
public record MailSummary(MailFolder folder, long uid, Correspondent from, List<Correspondent> to, String subject,
                          Instant at, boolean unread) {
    public MailSummary {
        to = List.copyOf(to);
        subject = subject == null ? "" : subject;
    }
}
