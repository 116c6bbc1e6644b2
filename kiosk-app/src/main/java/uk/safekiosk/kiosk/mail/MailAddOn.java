package uk.safekiosk.kiosk.mail;

import com.vaadin.flow.component.Component;
import uk.safekiosk.kiosk.roster.Person;

/**
 * Something another feature adds to the mail screens (the whistle), as a Spring bean, so mail never depends on it.
 * Either method may return null to add nothing.
 */
public interface MailAddOn {

    /** Shown with a message the reader received, under its text. */
    Component forReceivedMessage(Person reader, MailItem message);

    /** Shown above the reader's inbox list. */
    Component aboveInbox(Person reader);
}
