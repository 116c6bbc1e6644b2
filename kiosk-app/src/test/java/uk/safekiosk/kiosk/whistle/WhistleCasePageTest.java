package uk.safekiosk.kiosk.whistle;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.incident.IncidentStatus;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.shell.ui.LostView;
import uk.safekiosk.kiosk.support.ConsoleViewTest;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.whistle.ui.WhistleCasePage;

/** A whistle case on screen: what the teacher reads, the buttons they use, and who may open it. */
class WhistleCasePageTest extends ConsoleViewTest {

    @Autowired
    MailService mail;
    @Autowired
    WhistleService whistle;
    @Autowired
    WhistleCaseActions actions;

    @Test
    @WithUserDetails("oak.teacher")
    void theCaseShowsTheMessageAndConversationAndMarkSeenThenResolveWorkFromThePage() throws Exception {
        String earlier = DemoMail.unique("Rockets");
        demo.send("oak.ava", earlier, "Shall we build a rocket later?", "oak.cara");
        long caseId = cases().whistled("oak.ava", "oak.cara", "There is a ghost under your bed tonight",
                WhistleReason.SCARY);

        navigate("teacher/whistle/" + caseId, WhistleCasePage.class);

        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Cara M.: Scary", "There is a ghost under your bed tonight",
                "Other messages between Cara M. and Ava S.", "Shall we build a rocket later?", "New");
        assertThat(find(Button.class).all()).extracting(Button::getText).contains("Mark seen", "Send reply",
                "Pause email", "Escalate to the DSL", "Resolve");
        assertThat(find(RadioButtonGroup.class).all()).hasSize(2);

        test(find(Button.class).withText("Mark seen").single()).click();

        assertThat(whistle.whistlesOf(person("oak.cara")).getFirst().seen()).isTrue();
        assertThat(find(Paragraph.class).withClassName("kiosk-case-status").single().getText())
                .contains("Seen by Mrs Okafor");
        assertThat(find(Button.class).withText("Mark seen").single().isEnabled()).isFalse();

        test(find(TextArea.class).withCaption("Outcome").single()).setValue("Spoke to Ava; it was a game.");
        test(find(Button.class).withText("Resolve").single()).click();

        assertThat(actions.incident(person("oak.teacher"), caseId).status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(find(Div.class).withClassName("kiosk-case-history").single().getElement().getTextRecursively())
                .contains("Mrs Okafor: Marked seen", "Mrs Okafor: Resolved: Spoke to Ava; it was a game.");
    }

    @Test
    @WithUserDetails("oak.teacher")
    void oaksTeacherCannotOpenAnElmCase() throws Exception {
        long elmCase = cases().whistled("elm.ivy", "elm.gus", "A bat lives in your coat pocket",
                WhistleReason.OTHER);

        navigate("teacher/whistle/" + elmCase, LostView.class);
    }

    @Test
    @WithUserDetails("dsl")
    void theDslOpensAnyClassesCase() throws Exception {
        long elmCase = cases().whistled("elm.hana", "elm.jay", "A dragon sleeps in the library",
                WhistleReason.OTHER);

        navigate("teacher/whistle/" + elmCase, WhistleCasePage.class);
    }

    private CaseMaker cases() {
        return new CaseMaker(demo, mail, whistle, roster);
    }
}
