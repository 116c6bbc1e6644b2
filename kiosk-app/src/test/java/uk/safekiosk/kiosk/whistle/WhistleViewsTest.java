package uk.safekiosk.kiosk.whistle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.mail.MailFolder;
import uk.safekiosk.kiosk.mail.MailItem;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.mail.ui.InboxView;
import uk.safekiosk.kiosk.mail.ui.ReadView;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.shell.ui.LostView;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.support.PupilMailViewTest;
import uk.safekiosk.kiosk.support.PupilSession;
import uk.safekiosk.kiosk.teacher.ui.TeacherHomeView;
import uk.safekiosk.kiosk.whistle.ui.WhistleCasePage;
import uk.safekiosk.kiosk.whistle.ui.WhistleThanksView;

/** The whistle on screen: two taps for the pupil, a live list for the teacher, and the seen notice back. */
class WhistleViewsTest extends PupilMailViewTest {

    @Autowired
    MailService mail;
    @Autowired
    WhistleService whistle;
    @Autowired
    RosterService roster;

    @Test
    @WithUserDetails("elm.hana")
    void twoTapsTakeTheMessageAwayThankThePupilAndLaterSayTheTeacherHasSeenIt() throws Exception {
        PupilSession.agreeToRules(gate, rules);
        String subject = DemoMail.unique("Shadow");
        demo.send("elm.ivy", subject, "I am watching you from the window", "elm.hana");
        long uid = awaitUid("elm.hana", subject);
        navigate("mail/inbox/" + uid, ReadView.class);

        test(find(Button.class).withText("Whistle").single()).click();
        Dialog why = find(Dialog.class).single();
        assertThat(find(Button.class, why).all()).extracting(Button::getText)
                .contains("Unkind", "Scary", "Rude", "Something else");
        test(find(Button.class, why).withText("Scary").single()).click();

        assertThat(getCurrentView()).isInstanceOf(WhistleThanksView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Thank you for telling.");
        assertThat(find(Paragraph.class).withText("Your teacher has been told.").exists()).isTrue();
        assertThat(find(Paragraph.class).withClassName("kiosk-whistle-status").exists()).as("not seen yet").isFalse();
        assertThat(demo.inbox("elm.hana")).noneMatch(h -> subject.equals(h.subject()));

        long caseId = whistle.whistlesOf(person("elm.hana")).getFirst().caseId();
        whistle.markSeen(person("elm.teacher"), caseId).orElseThrow();
        runPushedChanges();

        assertThat(status().getText()).isEqualTo("Your teacher has seen it.");

        navigate(InboxView.class);
        assertThat(find(Div.class).withClassName("kiosk-my-whistles").single().getElement().getTextRecursively())
                .contains("A message from Ivy L.", "Your teacher has seen it.");
    }

    @Test
    @WithUserDetails("elm.teacher")
    void theTeachersListShowsANewReportWithoutReloadingAndTheCaseIsMarkedSeenFromItsPage() throws Exception {
        navigate(TeacherHomeView.class);
        assertThat(find(H2.class).withText("Whistle reports").exists()).isTrue();
        Person ivy = person("elm.ivy");
        String subject = DemoMail.unique("Creepy");
        demo.send("elm.jay", subject, "Something creepy is in the cupboard", "elm.ivy");
        long uid = awaitUid("elm.ivy", subject);
        MailItem message = mail.read(ivy, MailFolder.INBOX, uid).orElseThrow();

        whistle.report(ivy, message, WhistleReason.UNKIND).orElseThrow();
        runPushedChanges();

        Div row = rowFor(subject);
        assertThat(row.getElement().getTextRecursively()).contains("Ivy L.: Unkind", "Jay W.", "New");
        test(find(Button.class, row).withText("Open").single()).click();

        assertThat(getCurrentView()).isInstanceOf(WhistleCasePage.class);
        assertThat(find(Div.class).withClassName("kiosk-mail-body").first().getText().strip())
                .isEqualTo("Something creepy is in the cupboard");
        assertThat(whistle.whistlesOf(ivy).getFirst().seen()).as("opening is not marking seen").isFalse();
        test(find(Button.class).withText("Mark seen").single()).click();
        assertThat(whistle.whistlesOf(ivy).getFirst().seen()).isTrue();
        navigate(TeacherHomeView.class);
        assertThat(rowFor(subject).getElement().getTextRecursively()).contains("Seen by Mr Ellis");
    }

    @Test
    @WithUserDetails("elm.jay")
    void aPupilCannotOpenSomeoneElsesThanksPage() {
        PupilSession.agreeToRules(gate, rules);
        long someoneElses = whistle.whistlesOf(person("elm.gus")).stream().findFirst()
                .map(PupilWhistle::id).orElse(1L);

        navigate("whistle/" + someoneElses, LostView.class);
    }

    private Person person(String username) {
        return roster.findByUsername(username).orElseThrow();
    }

    private long awaitUid(String username, String subject) throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox(username).stream()
                .anyMatch(h -> subject.equals(h.subject())));
        return demo.uidOf(username, subject);
    }

    /** What other threads handed this screen with UI.access, as push would deliver it. */
    private static void runPushedChanges() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    private Paragraph status() {
        return find(Paragraph.class).withClassName("kiosk-whistle-status").single();
    }

    private Div rowFor(String subject) {
        return find(Div.class).withClassName("kiosk-whistle-case")
                .withCondition(d -> d.getElement().getTextRecursively().contains(subject)).single();
    }
}
