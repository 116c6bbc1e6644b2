package uk.safekiosk.kiosk.mail.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import uk.safekiosk.kiosk.mail.MailAddOn;
import uk.safekiosk.kiosk.mail.MailFolder;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.security.CurrentUser;

/** Copies of what the logged-on member sent. */
@Route("mail/sent")
@PermitAll
public class SentView extends MailListView {
    public SentView(CurrentUser currentUser, MailService mail, List<MailAddOn> addOns, Clock clock) {
        super(MailFolder.SENT, currentUser, mail, addOns, clock);
    }
}
