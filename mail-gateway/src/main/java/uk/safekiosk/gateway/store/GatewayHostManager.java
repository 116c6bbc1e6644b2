package uk.safekiosk.gateway.store;

import com.icegreen.greenmail.imap.ImapConstants;
import com.icegreen.greenmail.imap.ImapHostManagerImpl;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.Store;
import com.icegreen.greenmail.user.GreenMailUser;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * GreenMail's IMAP host, made safe for a school and durable:
 *
 * <ul>
 *   <li>GreenMail treats a mailbox name starting with {@code #} as absolute, so a logged-on user could open
 *       {@code #mail.<hash of someone else's address>.INBOX} and read another child's mail. Every such name is
 *       treated here as a folder that does not exist;</li>
 *   <li>the store is told whenever an account's folder tree or subscriptions change, to journal them.</li>
 * </ul>
 */
final class GatewayHostManager extends ImapHostManagerImpl {

    private final Consumer<GreenMailUser> layoutChanged;

    GatewayHostManager(Store store, Consumer<GreenMailUser> layoutChanged) {
        super(store);
        this.layoutChanged = layoutChanged;
    }

    @Override
    public MailFolder getFolder(GreenMailUser user, String mailboxName) {
        return outsideAccount(mailboxName) ? null : super.getFolder(user, mailboxName);
    }

    @Override
    public MailFolder getFolder(GreenMailUser user, String mailboxName, boolean mustExist) throws FolderException {
        requireInsideAccount(mailboxName);
        return super.getFolder(user, mailboxName, mustExist);
    }

    @Override
    public Collection<MailFolder> listMailboxes(GreenMailUser user, String mailboxPattern) throws FolderException {
        return outsideAccount(mailboxPattern) ? List.of() : super.listMailboxes(user, mailboxPattern);
    }

    @Override
    public Collection<MailFolder> listSubscribedMailboxes(GreenMailUser user, String mailboxPattern)
            throws FolderException {
        return outsideAccount(mailboxPattern) ? List.of() : super.listSubscribedMailboxes(user, mailboxPattern);
    }

    @Override
    public MailFolder createMailbox(GreenMailUser user, String mailboxName) throws FolderException {
        requireInsideAccount(mailboxName);
        MailFolder folder = super.createMailbox(user, mailboxName);
        layoutChanged.accept(user);
        return folder;
    }

    @Override
    public void deleteMailbox(GreenMailUser user, String mailboxName) throws FolderException {
        requireInsideAccount(mailboxName);
        super.deleteMailbox(user, mailboxName);
        layoutChanged.accept(user);
    }

    @Override
    public void renameMailbox(GreenMailUser user, String oldMailboxName, String newMailboxName)
            throws FolderException {
        requireInsideAccount(oldMailboxName);
        requireInsideAccount(newMailboxName);
        super.renameMailbox(user, oldMailboxName, newMailboxName);
        layoutChanged.accept(user);
    }

    @Override
    public void subscribe(GreenMailUser user, String mailboxName) throws FolderException {
        requireInsideAccount(mailboxName);
        super.subscribe(user, mailboxName);
        layoutChanged.accept(user);
    }

    @Override
    public void unsubscribe(GreenMailUser user, String mailboxName) throws FolderException {
        requireInsideAccount(mailboxName);
        super.unsubscribe(user, mailboxName);
        layoutChanged.accept(user);
    }

    private static boolean outsideAccount(String mailboxName) {
        return mailboxName != null && mailboxName.strip().startsWith(ImapConstants.NAMESPACE_PREFIX);
    }

    private static void requireInsideAccount(String mailboxName) throws FolderException {
        if (outsideAccount(mailboxName)) {
            throw new FolderException("No such folder: " + mailboxName);
        }
    }
}
