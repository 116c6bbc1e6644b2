package uk.safekiosk.kiosk.mail.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import uk.safekiosk.kiosk.mail.MailAddOn;
import uk.safekiosk.kiosk.mail.MailFolder;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.security.CurrentUser;

/** What the Email tile opens: messages that came in. */
@Route(MailFolder.INBOX_ROUTE)
@PermitAll
public class InboxView extends MailListView {
    public InboxView(CurrentUser currentUser, MailService mail, List<MailAddOn> addOns, Clock clock) {
        super(MailFolder.INBOX, currentUser, mail, addOns, clock);
    }
}
