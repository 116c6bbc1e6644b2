package uk.safekiosk.kiosk.teacher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.dom.Element;
import jakarta.mail.MessagingException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.held.ui.HeldMessagePage;
import uk.safekiosk.kiosk.support.ConsoleViewTest;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.teacher.ui.TeacherHomeView;

/** The live screen: what a teacher (and the DSL) sees on /teacher, and how it changes while open. */
class LiveScreenTest extends ConsoleViewTest {

    private static final String UNKIND = "you are so stupid and nobody likes you";

    @Autowired
    AuditLog audit;

    @Test
    @WithUserDetails("oak.teacher")
    void theLiveScreenShowsWhistleReportsHeldMessagesAndStoppedCountsForTheirClass() {
        navigate(TeacherHomeView.class);

        assertThat(find(H2.class).all()).extracting(H2::getText)
                .containsSubsequence("Whistle reports", "Held messages", "Stopped today", "Oak Class (Year 4)")
                .doesNotContain("Elm Class (Year 1)");
    }

    @Test
    @WithUserDetails("oak.teacher")
    void aHeldMessageShowsUpOnTheOpenScreenAndOpensAsTextWithTheFindingsMarked() throws Exception {
        navigate(TeacherHomeView.class);
        String subject = DemoMail.unique("Break");

        demo.send("oak.dev", subject, "Hello Ela, " + UNKIND, "oak.ela");
        runPushedChanges();

        Div row = heldRow(subject);
        assertThat(row.getElement().getTextRecursively()).contains("Dev P. to Ela K.", "Unkind words");
        test(find(Button.class, row).withText("Open").single()).click();

        assertThat(getCurrentView()).isInstanceOf(HeldMessagePage.class);
        Div text = find(Div.class).withClassName("kiosk-held-text")
                .withCondition(d -> d.getElement().getTextRecursively().contains("Hello Ela")).single();
        assertThat(text.getElement().getChildren().filter(e -> !e.isTextNode() && e.getTag().equals("mark"))
                .map(Element::getText))
                .contains("you are so stupid");
        assertThat(find(Button.class).withText("Release").exists()).isTrue();
    }

    @Test
    @WithUserDetails("dsl")
    void anEscalationIsABannerAboveEverythingWithAToneAndTheDslAcknowledgesIt() throws Exception {
        navigate(TeacherHomeView.class);
        String subject = DemoMail.unique("Worry");

        demo.send("elm.gus", subject, "sometimes i want to hurt myself", "elm.ivy");
        runPushedChanges();

        Section banner = find(Section.class).withClassName("kiosk-escalations").single();
        assertThat(banner.isVisible()).isTrue();
        Element first = getCurrentView().getElement().getChild(0);
        assertThat(first).as("nothing above the banner").isEqualTo(banner.getElement());
        ListItem item = escalation(banner, "Gus R.");
        assertThat(item.getElement().getTextRecursively()).contains("Possible disclosure", "SELFHARM",
                "Kept by the mail gateway", "Alerted once");
        assertThat(pendingScripts()).as("a tone was asked for").anyMatch(js -> js.contains("kioskTones"));

        test(find(Button.class, item).withText("Acknowledge").single()).click();

        assertThat(find(ListItem.class, banner).withCondition(li -> li.getElement().getTextRecursively()
                .contains("Gus R.")).exists()).isFalse();
    }

    @Test
    @WithUserDetails("elm.teacher")
    void aTeacherSeesTheirClassesEscalationButOnlyTheDslAcknowledges() throws Exception {
        navigate(TeacherHomeView.class);
        String subject = DemoMail.unique("Worry");

        demo.send("elm.jay", subject, "sometimes i want to hurt myself", "elm.hana");
        runPushedChanges();

        ListItem item = escalation(find(Section.class).withClassName("kiosk-escalations").single(), "Jay W.");
        assertThat(find(Button.class, item).withText("Acknowledge").exists()).isFalse();
        assertThat(item.getElement().getTextRecursively()).contains("Waiting for a designated safeguarding lead");
    }

    @Test
    @WithUserDetails("oak.teacher")
    void stoppedMessagesAreOneCountPerPupilThatCountsOnWhileTheScreenIsOpen() throws Exception {
        Long oak = person("oak.finn").classId();
        audit.record("oak.finn", AuditAction.MAIL_BLOCKED, "oak.finn", oak, "PHONE");
        audit.record("oak.finn", AuditAction.MAIL_BLOCKED, "oak.finn", oak, "ADDRESS");
        audit.record("elm.jay", AuditAction.MAIL_BLOCKED, "elm.jay", person("elm.jay").classId(), "PHONE");
        navigate(TeacherHomeView.class);
        long finnBefore = count("Finn O.");
        assertThat(finnBefore).isGreaterThanOrEqualTo(2);
        assertThat(stoppedRows()).noneMatch(row -> row.startsWith("Jay W."));

        assertThatThrownBy(() -> demo.send("oak.finn", DemoMail.unique("Call"), "ring me on 07700 900123",
                "oak.ben")).isInstanceOf(MessagingException.class);
        runPushedChanges();

        assertThat(count("Finn O.")).isEqualTo(finnBefore + 1);
    }

    private Div heldRow(String subject) {
        return find(Div.class).withClassName("kiosk-held-row")
                .withCondition(d -> d.getElement().getTextRecursively().contains(subject)).single();
    }

    private ListItem escalation(Section banner, String pupil) {
        return find(ListItem.class, banner).withClassName("kiosk-escalation")
                .withCondition(li -> li.getElement().getTextRecursively().contains(pupil)).single();
    }

    private List<String> stoppedRows() {
        Section stopped = find(Section.class).withClassName("kiosk-blocked-today").single();
        return find(ListItem.class, stopped).all().stream().map(ListItem::getText).toList();
    }

    private long count(String pupil) {
        return stoppedRows().stream().filter(row -> row.startsWith(pupil + ": ")).findFirst()
                .map(row -> Long.parseLong(row.replaceAll("\\D+", " ").strip().split(" ")[0])).orElse(0L);
    }

    private static List<String> pendingScripts() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation).map(i -> i.getExpression()).toList();
    }
}
