package uk.safekiosk.kiosk.held;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.held.ui.HeldMessagePage;
import uk.safekiosk.kiosk.shell.ui.LostView;
import uk.safekiosk.kiosk.support.ConsoleViewTest;
import uk.safekiosk.kiosk.support.DemoMail;

/** A held message on screen: text only, findings marked, attachments listed, and the decision. */
class HeldMessagePageTest extends ConsoleViewTest {

    @Autowired
    HeldMail held;

    @Test
    @WithUserDetails("oak.teacher")
    void theMessageIsTextOnlyWithAttachmentsListedAndReleaseDeliversIt() throws Exception {
        String subject = DemoMail.unique("Picture");
        demo.sendWithAttachment("oak.ben", subject, "Here is my picture",
                "<p>Here is my picture</p><img src=\"cid:x\" alt=\"a drawing\"><script>alert(1)</script>",
                "drawing.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "oak.ava");
        String id = held.awaiting(person("oak.teacher")).stream().filter(s -> subject.equals(s.subject()))
                .findFirst().orElseThrow().id();

        navigate("teacher/held/" + id, HeldMessagePage.class);

        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("From: Ben T.", "To: Ava S.", "Here is my picture", "Attachment",
                "drawing.png: image/png");
        assertThat(find(Div.class).withClassName("kiosk-held-text").all())
                .allSatisfy(text -> assertThat(text.getElement().getChildren())
                        .allMatch(e -> e.isTextNode() || "mark".equals(e.getTag())));
        assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain("<script", "<img");

        test(find(Button.class).withText("Release").single()).click();

        assertThat(find(Paragraph.class).withClassName("kiosk-held-status").single().getText())
                .isEqualTo("Released: it is on its way as plain text.");
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .anyMatch(step -> step.endsWith("Mrs Okafor: Released the message"));
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.ava").stream()
                .anyMatch(h -> subject.equals(h.subject()) && h.text().contains("Here is my picture")
                        && !h.text().contains(new String(new byte[] {(byte) 0x89}, StandardCharsets.ISO_8859_1))));
    }

    @Test
    @WithUserDetails("elm.teacher")
    void anotherClassesHeldMessageIsNotFound() throws Exception {
        String subject = DemoMail.unique("Oak only");
        demo.send("oak.cara", subject, "you are so stupid", "oak.dev");
        String id = held.awaiting(person("oak.teacher")).stream().filter(s -> subject.equals(s.subject()))
                .findFirst().orElseThrow().id();

        navigate("teacher/held/" + id, LostView.class);
    }
}
