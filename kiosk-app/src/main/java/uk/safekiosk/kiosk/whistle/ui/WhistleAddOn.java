package uk.safekiosk.kiosk.whistle.ui;

import com.vaadin.flow.component.Component;
import uk.safekiosk.kiosk.mail.MailAddOn;
import uk.safekiosk.kiosk.mail.MailItem;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.whistle.WhistleService;

/** Puts the Whistle on every message a pupil received, and the pupil's recent whistles above their inbox. */
@org.springframework.stereotype.Component
class WhistleAddOn implements MailAddOn {

    private final WhistleService whistle;

    WhistleAddOn(WhistleService whistle) {
        this.whistle = whistle;
    }

    @Override
    public Component forReceivedMessage(Person reader, MailItem message) {
        return reader.isPupil() ? new WhistleButton(whistle, reader, message) : null;
    }

    @Override
    public Component aboveInbox(Person reader) {
        if (!reader.isPupil()) {
            return null;
        }
        MyWhistles mine = new MyWhistles(whistle, reader);
        return mine.isEmpty() ? null : mine;
    }
}
