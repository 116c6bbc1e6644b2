package uk.safekiosk.gateway.store;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.user.UserManager;

/** Hands GreenMail's IMAP server the gateway's host and user managers instead of the stock in-memory ones. */
final class StoreManagers extends Managers {

    private final ImapHostManager hostManager;
    private final UserManager userManager;

    StoreManagers(ImapHostManager hostManager, UserManager userManager) {
        this.hostManager = hostManager;
        this.userManager = userManager;
    }

    @Override
    public ImapHostManager getImapHostManager() {
        return hostManager;
    }

    @Override
    public UserManager getUserManager() {
        return userManager;
    }
}
