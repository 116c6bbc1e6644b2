package uk.safekiosk.kiosk.roster;

/**
 * A reason a member may not send mail just now (their class's email is switched off, they are paused). Features
 * contribute rules as Spring beans; the mail gateway asks them all at MAIL FROM, so they hold for every mail client.
 */
public interface SenderRule {

    boolean maySend(Person sender);
}
