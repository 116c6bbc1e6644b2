package uk.safekiosk.kiosk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.mail.ui.InboxView;
import uk.safekiosk.kiosk.mail.ui.ReadView;
import uk.safekiosk.kiosk.mail.ui.SentView;
import uk.safekiosk.kiosk.mail.ui.WriteView;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.shell.ui.LostView;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.support.PupilMailViewTest;
import uk.safekiosk.kiosk.support.PupilSession;

/** The inbox and reading a message, with the real gateway: mail goes in over SMTP and is read back over IMAP. */
class MailViewsTest extends PupilMailViewTest {

    @BeforeEach
    void agreeToRules() {
        PupilSession.agreeToRules(gate, rules);
    }

    @Test
    @WithUserDetails("oak.ben")
    void inboxShowsSenderNameAndInitialSubjectWhenAndAnUnreadMarker() throws Exception {
        String subject = DemoMail.unique("Dinosaurs");
        deliver("oak.ava", subject, "Did you see the T rex at the museum?", "oak.ben");

        navigate(InboxView.class);

        RouterLink row = rowFor(subject);
        String text = row.getElement().getTextRecursively();
        assertThat(text).contains("Ava S.", subject, "Today at", "New");
        assertThat(row.getElement().getChild(0).getText()).isEqualTo("A");
        assertThat(find(Button.class).withText("New message").exists()).isTrue();
    }

    @Test
    @WithUserDetails("oak.cara")
    void openingAMessageShowsItsTextWithReplyAndWhistleAndMarksItRead() throws Exception {
        String subject = DemoMail.unique("Football");
        deliver("oak.dev", subject, "Shall we play football at lunch?", "oak.cara");
        navigate(InboxView.class);

        test(rowFor(subject)).click();

        assertThat(getCurrentView()).isInstanceOf(ReadView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo(subject);
        assertThat(find(Div.class).withClassName("kiosk-mail-body").single().getText())
                .contains("Shall we play football at lunch?");
        assertThat(find(Button.class).withText("Reply").exists()).isTrue();
        assertThat(find(Button.class).withText("Whistle").exists()).isTrue();
        assertThat(demo.inbox("oak.cara")).filteredOn(h -> subject.equals(h.subject()))
                .singleElement().satisfies(h -> assertThat(h.seen()).isTrue());

        navigate(InboxView.class);
        assertThat(rowFor(subject).getElement().getTextRecursively()).doesNotContain("New");
    }

    @Test
    @WithUserDetails("oak.dev")
    void replyOpensTheWriteScreenWithTheSenderPickedAndTheSubject() throws Exception {
        String subject = DemoMail.unique("Homework");
        deliver("oak.finn", subject, "Did you finish the maths?", "oak.dev");
        long uid = demo.uidOf("oak.dev", subject);
        navigate("mail/inbox/" + uid, ReadView.class);

        test(find(Button.class).withText("Reply").single()).click();

        assertThat(getCurrentView()).isInstanceOf(WriteView.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Person> to = find(CheckboxGroup.class).single();
        assertThat(to.getSelectedItems()).extracting(Person::username).containsExactly("oak.finn");
        assertThat(find(TextField.class).withLabel("Subject").single().getValue()).isEqualTo("Re: " + subject);
    }

    @Test
    @WithUserDetails("oak.ava")
    void aPupilCannotOpenAnotherPupilsMessageByAnyAddress() throws Exception {
        String secret = DemoMail.unique("Secret");
        deliver("oak.cara", secret, "This is only for Ben", "oak.ben");
        long bensUid = demo.uidOf("oak.ben", secret);

        for (String address : new String[] {"mail/inbox/" + bensUid, "mail/sent/" + bensUid,
                "mail/inbox/" + bensUid + "?user=oak.ben", "mail/oak.ben/" + bensUid, "mail/INBOX/" + bensUid,
                "mail/inbox/-1", "mail/inbox/99999999999999999999"}) {
            String[] pathAndQuery = address.split("\\?", 2);
            UI.getCurrent().navigate(pathAndQuery[0],
                    pathAndQuery.length > 1 ? QueryParameters.fromString(pathAndQuery[1]) : QueryParameters.empty());

            // A UID that also exists in Ava's own inbox opens her own message: that is allowed.
            assertThat(getCurrentView()).as(address).isInstanceOfAny(LostView.class, ReadView.class);
            assertThat(visibleText()).as(address).doesNotContain(secret).doesNotContain("only for Ben");
        }
        navigate(InboxView.class);
        assertThat(visibleText()).doesNotContain(secret);
        navigate(SentView.class);
        assertThat(visibleText()).doesNotContain(secret);
    }

    private void deliver(String from, String subject, String body, String to) throws Exception {
        demo.send(from, subject, body, to);
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox(to).stream()
                .anyMatch(h -> subject.equals(h.subject())));
    }

    private RouterLink rowFor(String subject) {
        return find(RouterLink.class).withClassName("kiosk-mail-row")
                .withCondition(link -> link.getElement().getTextRecursively().contains(subject)).single();
    }

    private static String visibleText() {
        return UI.getCurrent().getElement().getTextRecursively();
    }
}
