package uk.safekiosk.kiosk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.home.ui.HomeView;
import uk.safekiosk.kiosk.mail.ui.WriteView;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.support.PupilMailViewTest;
import uk.safekiosk.kiosk.support.PupilSession;

/** Writing and sending, through the real gateway in the context; the gateway's answer is what the child sees. */
class WriteViewTest extends PupilMailViewTest {

    @Autowired
    MailService mail;
    @Autowired
    RosterService roster;

    @BeforeEach
    void agreeToRules() {
        PupilSession.agreeToRules(gate, rules);
    }

    @Test
    @WithUserDetails("oak.ava")
    void recipientsAreTheClassAndItsTeacherNeverAnotherClassOrTyping() {
        navigate(WriteView.class);

        List<String> names = to().getListDataView().getItems().map(Person::displayName).toList();
        assertThat(names).containsExactlyInAnyOrder("Ben T.", "Cara M.", "Dev P.", "Ela K.", "Finn O.",
                "Mrs Okafor");
        assertThat(names).doesNotContain("Ava S.", "Gus R.", "Hana B.", "Ivy L.", "Jay W.", "Mr Ellis", "Ms Shah");
        assertThat(find(TextField.class).all()).extracting(TextField::getLabel).containsExactly("Subject");
    }

    @Test
    @WithUserDetails("oak.ava")
    void typingAPhoneNumberShowsAKindHintAndMarksTheNumber() {
        navigate(WriteView.class);

        test(message()).setValue("my number is 07700 900123 ring me");

        assertThat(hints()).contains("Phone numbers are private — take it out.");
        Component marked = find(Div.class).withClassName("kiosk-mail-highlight").single();
        String mark = marked.getElement().getChildren().filter(e -> e.getTag().equals("mark")).findFirst()
                .orElseThrow().getText();
        assertThat(mark).contains("07700 900123");

        test(message()).setValue("see you at playtime");
        assertThat(hints()).isEmpty();
    }

    @Test
    @WithUserDetails("oak.ava")
    void sendingDeliversThroughTheGatewayAndKeepsACopyInSent() throws Exception {
        String subject = DemoMail.unique("Art club");
        navigate(WriteView.class);

        write("oak.ben", subject, "Are you coming to art club?");
        test(find(Button.class).withText("Send").single()).click();

        assertThat(find(Paragraph.class).withText("Sent!").exists()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.ben").stream()
                .anyMatch(h -> subject.equals(h.subject()) && h.text().contains("art club")));
        assertThat(demo.folder("oak.ava", "Sent")).anyMatch(h -> subject.equals(h.subject()));
    }

    @Test
    @WithUserDetails("oak.ava")
    void aBlockedMessageSaysWhyAndKeepsTheTextToEdit() throws Exception {
        String subject = DemoMail.unique("Ring me");
        int before = demo.inbox("oak.cara").size();
        navigate(WriteView.class);

        write("oak.cara", subject, "my number is 07700 900123");
        test(find(Button.class).withText("Send").single()).click();

        assertThat(answer()).contains("phone number");
        assertThat(message().getValue()).isEqualTo("my number is 07700 900123");
        assertThat(find(TextField.class).withLabel("Subject").single().getValue()).isEqualTo(subject);
        assertThat(demo.inbox("oak.cara")).hasSize(before);
        assertThat(demo.folder("oak.ava", "Sent")).noneMatch(h -> subject.equals(h.subject()));
    }

    @Test
    @WithUserDetails("oak.finn")
    void anUnkindMessageIsHeldAndTheChildIsToldTheTeacherReadsItFirst() {
        navigate(WriteView.class);

        write("oak.dev", DemoMail.unique("You"), "nobody likes you, you are so stupid");
        test(find(Button.class).withText("Send").single()).click();

        assertThat(find(Paragraph.class).withText("Your teacher will read this first.").exists()).isTrue();
    }

    @Test
    @WithUserDetails("oak.cara")
    void aWorryIsKeptForAGrownUpAndTheChildIsToldSomeoneWillCome() {
        navigate(WriteView.class);

        write("oak.teacher", DemoMail.unique("Help"), "sometimes i want to hurt myself");
        assertThat(hints()).containsExactly("Thank you for telling. A grown-up will read this and help you.");
        test(find(Button.class).withText("Send").single()).click();

        assertThat(find(Paragraph.class).withText("A grown-up will come and talk to you. You are not in trouble.")
                .exists()).isTrue();
    }

    @Test
    @WithUserDetails("oak.ava")
    void theServiceRefusesAnyoneOutsideTheClassListWhateverTheRequest() {
        Person ava = roster.findByUsername("oak.ava").orElseThrow();
        long gus = roster.findByUsername("elm.gus").orElseThrow().id();

        assertThatThrownBy(() -> mail.send(ava, new Draft(Set.of(gus), "Hi", "Hello Gus")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithUserDetails("elm.hana")
    void whileTheClassEmailIsOffTheTileRestsAndNothingCanBeSent() {
        Person hana = roster.findByUsername("elm.hana").orElseThrow();
        mail.setClassEmail(hana.classId(), false);
        try {
            navigate(HomeView.class);
            Button tile = find(Button.class).withClassName("kiosk-tile").withCondition(
                    b -> b.getElement().getTextRecursively().contains("Email")).single();
            assertThat(tile.getClassNames()).contains("kiosk-tile-resting");
            assertThat(tile.getElement().getTextRecursively()).contains("Email is resting for now");

            navigate(WriteView.class);
            assertThat(find(Button.class).withText("Send").exists()).isFalse();
            assertThat(mail.send(hana, new Draft(Set.of(roster.findByUsername("elm.ivy").orElseThrow()
                    .id()), "Hi", "Hello"))).isEqualTo(new SendOutcome.NotSent(SendOutcome.Problem.EMAIL_RESTING));
        } finally {
            mail.setClassEmail(hana.classId(), true);
        }
        navigate(HomeView.class);
        Button emailTile = find(Button.class).withClassName("kiosk-tile").withCondition(
                b -> b.getElement().getTextRecursively().contains("Email")).single();
        assertThat(emailTile.getClassNames()).doesNotContain("kiosk-tile-resting");
    }

    private void write(String toUser, String subject, String text) {
        Person recipient = roster.findByUsername(toUser).orElseThrow();
        // The tester picks checkboxes by their text label; these show a rendered avatar and name instead.
        to().select(recipient);
        test(find(TextField.class).withLabel("Subject").single()).setValue(subject);
        test(message()).setValue(text);
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Person> to() {
        return find(CheckboxGroup.class).withLabel("To").single();
    }

    private TextArea message() {
        return find(TextArea.class).withLabel("Message").single();
    }

    private List<String> hints() {
        return find(Paragraph.class).withClassName("kiosk-mail-hint").all().stream().map(Paragraph::getText).toList();
    }

    private String answer() {
        return find(Div.class).withClassName("kiosk-mail-answer").single().getElement().getTextRecursively();
    }
}
