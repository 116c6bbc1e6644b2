package uk.safekiosk.gateway.store;

import com.icegreen.greenmail.imap.ImapHostManagerImpl;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.Store;
import com.icegreen.greenmail.user.GreenMailUser;
import java.util.function.Consumer;

/** GreenMail's IMAP host, telling the store whenever an account's folder tree or subscriptions change. */
final class GatewayHostManager extends ImapHostManagerImpl {

    private final Consumer<GreenMailUser> layoutChanged;

    GatewayHostManager(Store store, Consumer<GreenMailUser> layoutChanged) {
        super(store);
        this.layoutChanged = layoutChanged;
    }

    @Override
    public MailFolder createMailbox(GreenMailUser user, String mailboxName) throws FolderException {
        MailFolder folder = super.createMailbox(user, mailboxName);
        layoutChanged.accept(user);
        return folder;
    }

    @Override
    public void deleteMailbox(GreenMailUser user, String mailboxName) throws FolderException {
        super.deleteMailbox(user, mailboxName);
        layoutChanged.accept(user);
    }

    @Override
    public void renameMailbox(GreenMailUser user, String oldMailboxName, String newMailboxName)
            throws FolderException {
        super.renameMailbox(user, oldMailboxName, newMailboxName);
        layoutChanged.accept(user);
    }

    @Override
    public void subscribe(GreenMailUser user, String mailboxName) throws FolderException {
        super.subscribe(user, mailboxName);
        layoutChanged.accept(user);
    }

    @Override
    public void unsubscribe(GreenMailUser user, String mailboxName) throws FolderException {
        super.unsubscribe(user, mailboxName);
        layoutChanged.accept(user);
    }
}
