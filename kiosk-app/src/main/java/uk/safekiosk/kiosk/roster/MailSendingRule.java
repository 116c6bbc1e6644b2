package uk.safekiosk.kiosk.roster;

/**
 * A school rule on who may send mail just now (a pupil whose email a teacher paused). The gateway's roster asks every
 * rule bean at MAIL FROM, so the rule holds for any mail client, not only the kiosk's screens.
 */
public interface MailSendingRule {

    boolean maySend(Person sender);
}
