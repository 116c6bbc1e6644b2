package uk.safekiosk.kiosk.whistle;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import uk.safekiosk.kiosk.mail.MailFolder;
import uk.safekiosk.kiosk.mail.MailItem;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.support.DemoMail;

/** Makes whistle cases the way they happen: one pupil writes, the other blows the whistle on it. */
public record CaseMaker(DemoMail demo, MailService mail, WhistleService whistle, RosterService roster) {

    /** {@code from} sends {@code to} a message and {@code to} blows the whistle on it; returns the case. */
    public long whistled(String from, String to, String text, WhistleReason reason) throws Exception {
        String subject = DemoMail.unique("Case");
        demo.send(from, subject, text, to);
        awaitIn(to, subject);
        var reporter = roster.findByUsername(to).orElseThrow();
        long uid = mail.list(reporter, MailFolder.INBOX).stream().filter(s -> subject.equals(s.subject()))
                .findFirst().orElseThrow().uid();
        MailItem message = mail.read(reporter, MailFolder.INBOX, uid).orElseThrow();
        return whistle.report(reporter, message, reason).orElseThrow().caseId();
    }

    public void awaitIn(String username, String subject) {
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox(username).stream()
                .anyMatch(h -> subject.equals(h.subject())));
    }
}
