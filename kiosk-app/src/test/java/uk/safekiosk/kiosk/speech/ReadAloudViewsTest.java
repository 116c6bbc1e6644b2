package uk.safekiosk.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.mail.ui.InboxView;
import uk.safekiosk.kiosk.mail.ui.WriteView;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.rules.SchoolRule;
import uk.safekiosk.kiosk.rules.ui.RulesView;
import uk.safekiosk.kiosk.search.ui.SearchView;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.support.PupilMailViewTest;
import uk.safekiosk.kiosk.support.PupilSession;

/** "Read to me" is on the rules, on each message, and on the explanations a child gets, with the words on screen. */
class ReadAloudViewsTest extends PupilMailViewTest {

    @Autowired
    RosterService roster;

    @Test
    void theButtonIsNamedFromTheWordingAndKeepsItsWords() {
        ReadAloud button = new ReadAloud("Be kind.");

        assertThat(button.getElement().getAttribute("aria-label")).isEqualTo("Read to me");
        assertThat(button.getWords()).isEqualTo("Be kind.");
        assertThat(button.getClassNames()).contains(ReadAloud.CLASS_NAME);
        assertThat(ReadAloud.sentences("Our rules", "Read them with a grown-up.", " ", null, "I agree"))
                .isEqualTo("Our rules. Read them with a grown-up. I agree.");
    }

    @Test
    @WithUserDetails("oak.ava")
    void eachRuleAndAllTheRulesTogetherCanBeReadAloud() {
        navigate(RulesView.class);

        List<String> sentences = gate.currentBook(UI.getCurrent().getLocale()).rules().stream()
                .map(SchoolRule::sentence).toList();
        List<ListItem> items = $(ListItem.class).all();
        assertThat(items).hasSize(sentences.size());
        for (ListItem item : items) {
            String sentence = item.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText())
                    .findFirst().orElseThrow();
            assertThat(speakerIn(item).getWords()).isEqualTo(sentence);
        }
        ReadAloud all = $(ReadAloud.class).withText("Read all the rules to me").single();
        assertThat(all.getWords()).startsWith("Our rules. Read our rules with a grown-up.")
                .contains(sentences.toArray(String[]::new));
    }

    @Test
    @WithUserDetails("oak.dev")
    void aMessageIsReadWithWhoSentItItsSubjectAndText() throws Exception {
        PupilSession.agreeToRules(gate, rules);
        String subject = DemoMail.unique("Pond");
        demo.send("oak.ela", subject, "There is a frog in the pond", "oak.dev");
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.dev").stream()
                .anyMatch(h -> subject.equals(h.subject())));
        navigate(InboxView.class);

        test(find(RouterLink.class).withCondition(l -> l.getElement().getTextRecursively().contains(subject))
                .single()).click();

        assertThat($(ReadAloud.class).single().getWords())
                .isEqualTo("From Ela K. " + subject + ". There is a frog in the pond.");
    }

    @Test
    @WithUserDetails("oak.cara")
    void theGatewaysAnswerToABlockedMessageCanBeReadAloud() {
        PupilSession.agreeToRules(gate, rules);
        navigate(WriteView.class);
        Person ben = roster.findByUsername("oak.ben").orElseThrow();
        @SuppressWarnings("unchecked")
        CheckboxGroup<Person> to = find(CheckboxGroup.class).withLabel("To").single();
        to.select(ben);
        test(find(TextArea.class).withLabel("Message").single()).setValue("ring me on 07700 900123");

        assertThat($(ReadAloud.class).single().getWords()).isEqualTo("Phone numbers are private — take it out.");
        test(find(Button.class).withText("Send").single()).click();

        assertThat($(ReadAloud.class).all()).extracting(ReadAloud::getWords).contains(
                "Your message has a phone number in it. Phone numbers are private. Take it out and try again.");
    }

    @Test
    @WithUserDetails("elm.ivy")
    void searchRestingIsExplainedAloud() {
        PupilSession.agreeToRules(gate, rules);

        UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", "volcano"));

        assertThat($(ReadAloud.class).single().getWords()).isEqualTo("Search is resting. Search is switched off "
                + "for your class just now. Ask your teacher if you need it.");
    }

    private static ReadAloud speakerIn(Component parent) {
        return parent.getChildren().filter(ReadAloud.class::isInstance).map(ReadAloud.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no Read to me in " + parent));
    }
}
