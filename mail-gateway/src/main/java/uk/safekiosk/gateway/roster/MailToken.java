package uk.safekiosk.gateway.roster;

import java.time.Instant;

/**
 * A secret that lets the kiosk use SMTP and IMAP as one logged-on member, and no one else.
 *
 * @param address   the member it belongs to (the SMTP/IMAP user name to use with it)
 * @param secret    the password to present; never logged, never stored on disk
 * @param expiresAt when it stops working even if the kiosk never revokes it
 */
public record MailToken(String address, String secret, Instant expiresAt) {

    @Override
    public String toString() {
        return "MailToken[" + address + ", expires " + expiresAt + "]";
    }
}
