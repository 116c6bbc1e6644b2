package uk.safekiosk.kiosk.mail;

/** The mailbox could not be read or written just now (the gateway is stopped or restarting). */
public class MailUnavailableException extends RuntimeException {
    public MailUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
