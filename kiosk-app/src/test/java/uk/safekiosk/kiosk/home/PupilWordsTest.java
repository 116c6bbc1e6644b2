package uk.safekiosk.kiosk.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.WebAttributes;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.kiosk.home.ui.HomeView;
import uk.safekiosk.kiosk.i18n.Language;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.mail.InProcessGateway;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.mail.ui.InboxView;
import uk.safekiosk.kiosk.mail.ui.WriteView;
import uk.safekiosk.kiosk.pictures.PictureLogOn;
import uk.safekiosk.kiosk.pictures.ui.PictureLogOnView;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.KeyStage;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.roster.SchoolLanguage;
import uk.safekiosk.kiosk.rules.RulesGate;
import uk.safekiosk.kiosk.rules.RulesService;
import uk.safekiosk.kiosk.rules.SchoolRule;
import uk.safekiosk.kiosk.rules.ui.RulesView;
import uk.safekiosk.kiosk.search.SearchOutcome;
import uk.safekiosk.kiosk.search.SearchService;
import uk.safekiosk.kiosk.search.ui.PageView;
import uk.safekiosk.kiosk.search.ui.SearchView;
import uk.safekiosk.kiosk.security.ui.LoginView;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.support.KioskViewTest;
import uk.safekiosk.kiosk.support.PupilSession;

/**
 * Every text a child can read on a pupil screen must be a wording from the message bundle (with its placeholders
 * filled) or data (a name, the school, a rule from content). Anything else was written in code.
 */
class PupilWordsTest extends KioskViewTest {

    private static final List<String> TEXT_ATTRIBUTES = List.of("title", "aria-label", "placeholder", "alt", "label");
    private static final List<String> TEXT_PROPERTIES = List.of("label", "placeholder", "helperText", "errorMessage",
            "title", "text");

    @Autowired
    RosterService roster;
    @Autowired
    RulesService rules;
    @Autowired
    Words words;
    @Autowired
    InProcessGateway gateway;
    @Autowired
    MailService mail;
    @Autowired
    RulesGate gate;
    @Autowired
    ContentSource content;
    @Autowired
    SearchService search;
    @Autowired
    PictureLogOn pictures;
    @Autowired
    SchoolLanguage schoolLanguage;

    @AfterEach
    void backToEnglish() {
        schoolLanguage.set(roster.findByUsername("admin").orElseThrow(), Language.ENGLISH);
    }

    @Test
    @WithUserDetails("oak.ela")
    void everyWordOnPupilScreensComesFromContentOrTheMessageBundle() {
        Person ela = roster.findByUsername("oak.ela").orElseThrow();
        Set<String> data = new HashSet<>(List.of(ela.displayName(), ela.initial(), roster.schoolName()));
        rules.ruleBook(Locale.UK).rules().stream().map(SchoolRule::sentence).forEach(data::add);
        List<Pattern> wordings = words.englishBundle().values().stream()
                .map(value -> asPattern(value.toString())).toList();

        navigate(RulesView.class);
        List<String> rulesScreen = visibleTexts(pageRoot());
        test($(Button.class).withText("I agree").single()).click();
        navigate(HomeView.class);
        List<String> homeScreen = visibleTexts(pageRoot());

        assertThat(rulesScreen).contains("I agree", "Log out").containsAll(data);
        assertThat(homeScreen).contains("Hello, Ela!");
        List<String> all = new ArrayList<>(rulesScreen);
        all.addAll(homeScreen);
        assertThat(all).allSatisfy(text -> assertThat(data.contains(text)
                        || wordings.stream().anyMatch(p -> p.matcher(text).matches()))
                .as("hard-coded text on a pupil screen: '%s'", text).isTrue());
    }

    @Test
    @WithUserDetails("oak.finn")
    void everyWordOnTheMailAndWhistleScreensComesFromContentOrTheMessageBundle() throws Exception {
        Person finn = roster.findByUsername("oak.finn").orElseThrow();
        DemoMail demo = new DemoMail(gateway.gateway());
        String subject = DemoMail.unique("Kite");
        String body = "My kite is stuck in the big tree";
        String typed = "call me on 07700 900123 after tea";
        demo.send("oak.ela", subject, body, "oak.finn");
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.finn").stream()
                .anyMatch(h -> subject.equals(h.subject())));
        Set<String> data = new HashSet<>(List.of(finn.displayName(), finn.initial(), roster.schoolName(), subject,
                body));
        for (Person p : mail.recipientsFor(finn)) {
            data.add(p.displayName());
            data.add(p.initial());
        }
        List<Pattern> wordings = new ArrayList<>();
        words.englishBundle().values().forEach(v -> wordings.add(asPattern(v.toString())));
        // The gateway's answers are content too (its own wording file).
        content.properties("wording/gateway_en.properties").values()
                .forEach(v -> wordings.add(asPattern(v.toString())));
        PupilSession.agreeToRules(gate, rules);
        List<String> all = new ArrayList<>();

        navigate(InboxView.class);
        all.addAll(visibleTexts(pageRoot()));
        test(find(RouterLink.class).withCondition(l -> l.getElement().getTextRecursively().contains(subject))
                .single()).click();
        all.addAll(visibleTexts(pageRoot()));
        test(find(Button.class).withText("Whistle").single()).click();
        all.addAll(visibleTexts(pageRoot()));
        test(find(Button.class).withText("Rude").single()).click();
        all.addAll(visibleTexts(pageRoot()));
        navigate(InboxView.class);
        all.addAll(visibleTexts(pageRoot()));
        navigate(WriteView.class);
        test(find(TextArea.class).withLabel("Message").single()).setValue(typed);
        test(find(Button.class).withText("Send").single()).click();
        all.addAll(visibleTexts(pageRoot()));

        assertThat(all).contains("Whistle", "Thank you for telling.", "Phone numbers are private — take it out.",
                "New message", "To", "Subject", "Message", "Send");
        assertThat(all).allSatisfy(text -> assertThat(data.contains(text) || typed.contains(text)
                        || wordings.stream().anyMatch(p -> p.matcher(text).matches()))
                .as("hard-coded text on a pupil mail screen: '%s'", text).isTrue());
    }

    @Test
    @WithUserDetails("oak.ela")
    void everyWordOnSearchScreensComesFromContentOrTheMessageBundle() {
        Person ela = roster.findByUsername("oak.ela").orElseThrow();
        Set<String> data = new HashSet<>(List.of(ela.displayName(), ela.initial(), roster.schoolName()));
        List<Pattern> wordings = words.englishBundle().values().stream()
                .map(value -> asPattern(value.toString())).toList();
        PupilSession.agreeToRules(gate, rules);
        if (search.search(ela, "red foxes", 1) instanceof SearchOutcome.Found found) {
            found.results().hits().forEach(hit -> data.addAll(List.of(hit.title(), hit.snippet(), hit.pictureAlt())));
        }

        List<String> all = new ArrayList<>();
        navigate(SearchView.class);
        all.addAll(visibleTexts(pageRoot()));
        UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", "red foxes"));
        all.addAll(visibleTexts(pageRoot()));
        UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", "facebook"));
        all.addAll(visibleTexts(pageRoot()));
        UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", "i want to die"));
        all.addAll(visibleTexts(pageRoot()));
        UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", "zzqqxx"));
        all.addAll(visibleTexts(pageRoot()));
        UI.getCurrent().navigate(PageView.class,
                QueryParameters.of("u", "https://nature.kids.example/animals/foxes.html"));
        all.addAll(visibleTexts(pageRoot()));
        UI.getCurrent().navigate(PageView.class, QueryParameters.of("u", "https://evil.example/"));
        all.addAll(visibleTexts(pageRoot()));

        assertThat(all).contains("Search", "Find", "Let's look for something else", "Let's talk to a grown-up",
                "Report this page", "Red foxes");
        assertThat(all).allSatisfy(text -> assertThat(data.contains(text)
                        || wordings.stream().anyMatch(p -> p.matcher(text).matches()))
                .as("hard-coded text on a search screen: '%s'", text).isTrue());
    }

    @Test
    void everyWordOnThePictureLogOnScreensComesFromContentOrTheMessageBundle() {
        Set<String> data = new HashSet<>(List.of(roster.schoolName()));
        for (ClassInfo schoolClass : pictures.pictureClasses()) {
            data.add(schoolClass.name());
            pictures.pupilsToTap(schoolClass.id()).forEach(p -> data.addAll(List.of(p.displayName(), p.initial())));
        }
        List<Pattern> wordings = words.englishBundle().values().stream()
                .map(value -> asPattern(value.toString())).toList();
        Person pupil = pictures.pupilsToTap(pictures.pictureClasses().getFirst().id()).getFirst();

        List<String> all = new ArrayList<>();
        navigate(LoginView.class);
        all.addAll(visibleTexts(pageRoot()));
        navigate(PictureLogOnView.class);
        all.addAll(visibleTexts(pageRoot()));
        UI.getCurrent().navigate(PictureLogOnView.class,
                QueryParameters.of("class", String.valueOf(pupil.classId())));
        all.addAll(visibleTexts(pageRoot()));
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LockedException("locked"));
        UI.getCurrent().navigate(PictureLogOnView.class,
                QueryParameters.simple(Map.of("username", pupil.username(), "error", "")));
        all.addAll(visibleTexts(pageRoot()));
        $(Button.class).withClassName("kiosk-picture").all().stream().limit(3).forEach(b -> test(b).click());
        all.addAll(visibleTexts(pageRoot()));

        assertThat(all).contains("Pictures", "Tap your class", "Tap your name", "Tap your three pictures",
                "Start again", "Back", "cat", "Checking your pictures…", pupil.displayName());
        assertThat(all).allSatisfy(text -> assertThat(data.contains(text)
                        || wordings.stream().anyMatch(p -> p.matcher(text).matches()))
                .as("hard-coded text on a picture log-on screen: '%s'", text).isTrue());
    }

    @Test
    @WithUserDetails("elm.hana")
    void everyWordOnTheKs1RulesAndHomeComesFromContentOrTheMessageBundle() {
        Person hana = roster.findByUsername("elm.hana").orElseThrow();
        Set<String> data = new HashSet<>(List.of(hana.displayName(), hana.initial(), roster.schoolName()));
        rules.ruleBook(Locale.UK, KeyStage.KS1).rules().stream().map(SchoolRule::sentence).forEach(data::add);
        List<Pattern> wordings = words.englishBundle().values().stream()
                .map(value -> asPattern(value.toString())).toList();

        navigate(RulesView.class);
        List<String> all = new ArrayList<>(visibleTexts(pageRoot()));
        test($(Button.class).withText("I agree").single()).click();
        navigate(HomeView.class);
        all.addAll(visibleTexts(pageRoot()));

        assertThat(all).contains("I agree", "Read to me", "Read all the rules to me", "Hello, Hana!")
                .containsAll(data);
        assertThat(all).allSatisfy(text -> assertThat(data.contains(text)
                        || wordings.stream().anyMatch(p -> p.matcher(text).matches()))
                .as("hard-coded text on a KS1 pupil screen: '%s'", text).isTrue());
    }

    @Test
    @WithUserDetails("oak.ben")
    void inWelshEveryWordOnTheRulesAndHomeComesFromTheWelshWordingAndRules() {
        schoolLanguage.set(roster.findByUsername("admin").orElseThrow(), Language.WELSH);
        // A new browser session, as the school's language is applied when a session and a page start.
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Words.WELSH);
        Person ben = roster.findByUsername("oak.ben").orElseThrow();
        Set<String> data = new HashSet<>(List.of(ben.displayName(), ben.initial(), roster.schoolName()));
        rules.ruleBook(Words.WELSH).rules().stream().map(SchoolRule::sentence).forEach(data::add);
        List<Pattern> wordings = words.bundle(Language.WELSH).values().stream()
                .map(value -> asPattern(value.toString())).toList();

        navigate(RulesView.class);
        List<String> rulesScreen = visibleTexts(pageRoot());
        test($(Button.class).withText("Rwy'n cytuno").single()).click();
        navigate(HomeView.class);
        List<String> homeScreen = visibleTexts(pageRoot());

        assertThat(rulesScreen).contains("Ein rheolau", "Rwy'n cytuno", "Allgofnodi", "Darllen i mi")
                .containsAll(data);
        assertThat(homeScreen).contains("Helo, Ben!", "Beth hoffet ti ei wneud?");
        List<String> all = new ArrayList<>(rulesScreen);
        all.addAll(homeScreen);
        assertThat(all).allSatisfy(text -> assertThat(data.contains(text)
                        || wordings.stream().anyMatch(p -> p.matcher(text).matches()))
                .as("text on a Welsh pupil screen that is not Welsh wording: '%s'", text).isTrue());
    }

    /** "Hello, {0}!" becomes a pattern that matches "Hello, Ela!". */
    private static Pattern asPattern(String wording) {
        String[] pieces = wording.split("\\{\\d+}", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                regex.append(".+");
            }
            regex.append(Pattern.quote(pieces[i].replace("''", "'")));
        }
        return Pattern.compile(regex.toString());
    }

    private static Component pageRoot() {
        return UI.getCurrent();
    }

    private static List<String> visibleTexts(Component root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    /** Walks components; text nodes and text-bearing attributes of each component's element are what a child reads. */
    private static void collect(Component component, List<String> into) {
        Element element = component.getElement();
        TEXT_ATTRIBUTES.forEach(a -> addIfText(element.getAttribute(a), into));
        TEXT_PROPERTIES.forEach(p -> addIfText(element.getProperty(p, null), into));
        element.getChildren().filter(Element::isTextNode).forEach(text -> addIfText(text.getText(), into));
        component.getChildren().forEach(child -> collect(child, into));
    }

    private static void addIfText(String value, List<String> into) {
        if (value != null && !value.isBlank()) {
            into.add(value.strip());
        }
    }
}
