package uk.safekiosk.gateway.delivery;

import jakarta.mail.MessagingException;

/** Port: where rebuilt messages go: the built-in mailbox store, or the school's own mail server over SMTP. */
@FunctionalInterface
public interface MailboxSink {

    /**
     * Puts the message in every recipient's mailbox. May be called again for the same message after a crash or a
     * failure: a sink that can tell which recipients already have it skips them. Throws when the message did not
     * reach every recipient; the gateway tries again later.
     */
    void deliver(OutboundMessage message) throws MessagingException;
}
