package uk.safekiosk.gateway.store;

import java.io.IOException;

/** Where the kiosk keeps a message a pupil reported, before the gateway removes it from the pupil's INBOX. */
@FunctionalInterface
public interface StaffCopy {
    /** Stores the message; if this throws, the message stays in the INBOX. */
    void keep(byte[] rfc822) throws IOException;
}
