package uk.safekiosk.kiosk.mail;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.home.PupilTile;
import uk.safekiosk.kiosk.roster.Person;

/** The "Email" tile on the pupil home; it rests while the class's email is switched off. */
@Component
class MailTile implements PupilTile {

    private final MailService mail;

    MailTile(MailService mail) {
        this.mail = mail;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.ENVELOPE;
    }

    @Override
    public String labelKey() {
        return "mail.tile";
    }

    @Override
    public String route() {
        return MailFolder.INBOX_ROUTE;
    }

    @Override
    public String restingKey(Person pupil) {
        return mail.isEmailOn(pupil) ? null : "mail.tile.resting";
    }
}
