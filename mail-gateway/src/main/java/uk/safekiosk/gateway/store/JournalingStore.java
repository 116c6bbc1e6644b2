package uk.safekiosk.gateway.store;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.InMemoryStore;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.Store;
import jakarta.mail.Quota;
import java.util.Collection;
import java.util.List;

/**
 * GreenMail's in-memory store, handing out {@link JournalingFolder}s instead of its own folders (and taking them
 * back: the in-memory store casts folders to its own class, so they are unwrapped on the way in).
 */
final class JournalingStore implements Store {

    private final InMemoryStore delegate = new InMemoryStore();
    private final Tracking tracking;

    JournalingStore(Tracking tracking) {
        this.tracking = tracking;
    }

    @Override
    public MailFolder getMailbox(String absoluteMailboxName) {
        return tracking.wrap(delegate.getMailbox(absoluteMailboxName));
    }

    @Override
    public MailFolder getMailbox(MailFolder parent, String mailboxName) {
        return tracking.wrap(delegate.getMailbox(Tracking.unwrap(parent), mailboxName));
    }

    @Override
    public Collection<MailFolder> getChildren(MailFolder parent) {
        return wrapAll(delegate.getChildren(Tracking.unwrap(parent)));
    }

    @Override
    public MailFolder createMailbox(MailFolder parent, String mailboxName, boolean selectable)
            throws FolderException {
        return tracking.wrap(delegate.createMailbox(Tracking.unwrap(parent), mailboxName, selectable));
    }

    @Override
    public MailFolder setSelectable(MailFolder folder, boolean selectable) {
        return tracking.wrap(delegate.setSelectable(Tracking.unwrap(folder), selectable));
    }

    @Override
    public void deleteMailbox(MailFolder folder) throws FolderException {
        delegate.deleteMailbox(Tracking.unwrap(folder));
    }

    @Override
    public void renameMailbox(MailFolder existingFolder, String newName) throws FolderException {
        delegate.renameMailbox(Tracking.unwrap(existingFolder), newName);
    }

    @Override
    public Collection<MailFolder> listMailboxes(String searchPattern) throws FolderException {
        return wrapAll(delegate.listMailboxes(searchPattern));
    }

    @Override
    public Quota[] getQuota(String root, String qualifiedRootPrefix, boolean addRoot) {
        return delegate.getQuota(root, qualifiedRootPrefix, addRoot);
    }

    @Override
    public void setQuota(Quota quota, String qualifiedRootPrefix) {
        delegate.setQuota(quota, qualifiedRootPrefix);
    }

    @Override
    public void deleteQuota(String qualifiedRootPrefix) {
        delegate.deleteQuota(qualifiedRootPrefix);
    }

    @Override
    public boolean isQuotaSupported() {
        return delegate.isQuotaSupported();
    }

    @Override
    public void setQuotaSupported(boolean quotaSupported) {
        delegate.setQuotaSupported(quotaSupported);
    }

    private List<MailFolder> wrapAll(Collection<MailFolder> folders) {
        return folders.stream().map(f -> (MailFolder) tracking.wrap(f)).toList();
    }
}
