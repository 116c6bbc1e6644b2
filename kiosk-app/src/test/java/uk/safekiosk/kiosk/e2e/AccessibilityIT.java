package uk.safekiosk.kiosk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.kiosk.mail.InProcessGateway;
import uk.safekiosk.kiosk.support.Animations;
import uk.safekiosk.kiosk.support.Axe;
import uk.safekiosk.kiosk.support.BrowserIT;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.support.DemoPictures;
import uk.safekiosk.kiosk.support.KeyboardOnly;
import uk.safekiosk.kiosk.support.Targets;

/**
 * axe-core finds no WCAG 2.2 AA violation on any pupil screen or teacher page at 1024×768, and every control on a
 * pupil screen is at least 44×44. Each screen is one line ({@link #pupilScreen} or, for staff, {@link #audit}); every
 * screen of a test is checked even when an earlier one fails, so one run lists all that is wrong.
 */
@ExtendWith(SoftAssertionsExtension.class)
class AccessibilityIT extends BrowserIT {

    @Autowired
    InProcessGateway gateway;

    @InjectSoftAssertions
    SoftAssertions softly;

    private DemoMail demo;

    @BeforeEach
    void setUp() {
        demo = new DemoMail(gateway.gateway());
    }

    @Test
    void logInScreensHaveNoViolations() {
        Page page = newComputer();
        page.navigate("/login");
        page.getByLabel("Username", EXACT).waitFor();
        pupilScreen(page, "login");

        logIn(page, "oak.ava", "not-her-password");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.getByText("That did not work")).isVisible();
        pupilScreen(page, "login-error");

        page.navigate("/login?idle");
        assertThat(page.getByText("You were away for a while")).isVisible();
        pupilScreen(page, "login-idle");
    }

    @Test
    void rulesHomeAndErrorScreensHaveNoViolations() {
        Page page = newComputer();
        logIn(page, "oak.dev", "demo-pupil");
        assertThat(page.getByRole(AriaRole.BUTTON, named("I agree"))).isVisible();
        pupilScreen(page, "rules");

        page.getByRole(AriaRole.BUTTON, named("I agree")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Dev!"))).isVisible();
        pupilScreen(page, "home");

        page.navigate("/no-such-page");
        assertThat(page.getByRole(AriaRole.HEADING, named("We can't find that page"))).isVisible();
        pupilScreen(page, "not-found");

        page.navigate("/teacher");
        assertThat(page.getByRole(AriaRole.HEADING, named("This page is not for you"))).isVisible();
        pupilScreen(page, "not-allowed");
    }

    @Test
    void mailScreensAndTheWhistleHaveNoViolations() throws Exception {
        String subject = DemoMail.unique("Pond");
        demo.send("oak.cara", subject, "Look at the frogs in the pond!", "oak.ela");
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.ela").stream()
                .anyMatch(h -> subject.equals(h.subject())));
        Page page = pupil("oak.ela", "Ela");

        page.getByRole(AriaRole.BUTTON, named("Email")).click();
        assertThat(mailRow(page, subject)).isVisible();
        pupilScreen(page, "inbox");

        mailRow(page, subject).click();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Whistle"))).isVisible();
        pupilScreen(page, "read-message");

        page.getByRole(AriaRole.BUTTON, named("Whistle")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Unkind"))).isVisible();
        pupilScreen(page, "whistle-reasons");

        page.getByRole(AriaRole.BUTTON, named("Unkind")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Thank you for telling."))).isVisible();
        pupilScreen(page, "whistle-thanks");

        page.getByRole(AriaRole.LINK, named("Back to my messages")).click();
        assertThat(page.locator(".kiosk-my-whistles")).isVisible();
        pupilScreen(page, "inbox-with-whistles");

        page.getByRole(AriaRole.BUTTON, named("New message")).click();
        assertThat(page.getByLabel("Subject", EXACT)).isVisible();
        pupilScreen(page, "write");

        page.getByRole(AriaRole.GROUP, named("To")).getByRole(AriaRole.CHECKBOX, inside("Cara M.")).check();
        page.getByLabel("Subject", EXACT).fill(DemoMail.unique("Frogs"));
        page.getByLabel("Message", EXACT).fill("ring me on 07700 900123");
        assertThat(page.getByText("Phone numbers are private — take it out.")).isVisible();
        page.getByRole(AriaRole.BUTTON, named("Send")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("phone number");
        pupilScreen(page, "write-with-hint-and-refusal");

        page.getByLabel("Message", EXACT).fill("The frogs were great!");
        page.getByRole(AriaRole.BUTTON, named("Send")).click();
        assertThat(page.getByText("Sent!")).isVisible();
        pupilScreen(page, "write-sent");

        page.navigate("/mail/sent");
        assertThat(page.locator("a.kiosk-mail-row").first()).isVisible();
        pupilScreen(page, "sent");
    }

    @Test
    void searchScreensHaveNoViolations() {
        Page page = pupil("oak.ben", "Ben");
        page.getByRole(AriaRole.BUTTON, named("Search")).click();
        assertThat(page.getByLabel("Search", EXACT)).isVisible();
        pupilScreen(page, "search");

        search(page, "volcano");
        assertThat(page.getByRole(AriaRole.LISTITEM).first()).containsText("Volcanoes");
        pupilScreen(page, "search-results");

        page.getByRole(AriaRole.LISTITEM).first().getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Report this page"))).isVisible();
        pupilScreen(page, "page-viewer");

        page.navigate("/search");
        search(page, "facebook login");
        assertThat(page.getByRole(AriaRole.HEADING, named("Let's look for something else"))).isVisible();
        pupilScreen(page, "search-stopped");

        page.navigate("/search");
        search(page, "zzqxv");
        assertThat(page.getByText("We did not find a page about")).isVisible();
        pupilScreen(page, "search-nothing-found");
    }

    @Test
    void searchRestingScreenHasNoViolations() {
        // Elm Class logs on with pictures and has search off: check each picture log-on step on the way in.
        Page page = newComputer();
        page.navigate("/login");
        page.getByRole(AriaRole.BUTTON, named("Pictures")).click();
        pupilScreen(page, "picture-logon-classes");
        page.getByRole(AriaRole.BUTTON, named("Elm Class")).click();
        pupilScreen(page, "picture-logon-names");
        page.getByRole(AriaRole.BUTTON, named("Ivy L.")).click();
        pupilScreen(page, "picture-logon-pictures");
        logInWithPictures(page, "Elm Class", "Ivy L.", DemoPictures.of("elm.ivy"));
        page.getByRole(AriaRole.BUTTON, named("I agree")).click();
        page.navigate("/search");
        assertThat(page.getByRole(AriaRole.HEADING, named("Search is resting"))).isVisible();
        pupilScreen(page, "search-resting");
    }

    @Test
    void teacherPagesHaveNoViolations() throws Exception {
        String subject = DemoMail.unique("Spider");
        demo.send("oak.ava", subject, "There is a spider in your bag", "oak.dev");
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.dev").stream()
                .anyMatch(h -> subject.equals(h.subject())));
        Page pupil = pupil("oak.dev", "Dev");
        pupil.getByRole(AriaRole.BUTTON, named("Email")).click();
        mailRow(pupil, subject).click();
        pupil.getByRole(AriaRole.BUTTON, named("Whistle")).click();
        pupil.getByRole(AriaRole.BUTTON, named("Scary")).click();
        assertThat(pupil.getByRole(AriaRole.HEADING, named("Thank you for telling."))).isVisible();

        Page teacher = newComputer();
        logIn(teacher, "oak.teacher", "demo-teacher");
        assertThat(teacher.getByRole(AriaRole.HEADING, named("Whistle reports"))).isVisible();
        pupil.navigate("/search");
        search(pupil, "facebook login");
        assertThat(teacher.locator(".kiosk-search-alerts li").first()).isVisible();
        teacher.getByText("Recent searches").click();
        assertThat(teacher.locator(".kiosk-search-log li").first()).isVisible();
        audit(teacher, "teacher");

        teacher.locator(".kiosk-whistle-case").filter(new Locator.FilterOptions().setHasText(subject))
                .getByRole(AriaRole.BUTTON, inside("Open")).click();
        assertThat(teacher.getByRole(AriaRole.HEADING, named("Whistle report"))).isVisible();
        audit(teacher, "teacher-whistle-report");

        String held = DemoMail.unique("Playground");
        demo.send("oak.ava", held, "Ben you are so stupid at football", "oak.ben");
        teacher.navigate("/teacher");
        Locator heldRow = teacher.locator(".kiosk-held-row").filter(new Locator.FilterOptions().setHasText(held));
        heldRow.getByRole(AriaRole.BUTTON, inside("Open")).click();
        assertThat(teacher.getByRole(AriaRole.HEADING, named("Held message"))).isVisible();
        audit(teacher, "teacher-held-message");

        teacher.navigate("/teacher/incidents");
        assertThat(teacher.getByRole(AriaRole.BUTTON, named("Export CSV"))).isVisible();
        audit(teacher, "teacher-incidents");
        teacher.navigate("/teacher/classes");
        assertThat(teacher.getByRole(AriaRole.CHECKBOX, named("Search"))).isVisible();
        audit(teacher, "teacher-classes");
        teacher.navigate("/teacher/pupil/oak.dev");
        assertThat(teacher.getByText("Blew the whistle").first()).isVisible();
        audit(teacher, "teacher-timeline");

        Page dsl = newComputer();
        logIn(dsl, "dsl", "demo-dsl");
        assertThat(dsl.getByRole(AriaRole.HEADING, named("Whistle reports"))).isVisible();
        audit(dsl, "teacher-dsl");
        dsl.navigate("/teacher/picture-cards");
        assertThat(dsl.getByRole(AriaRole.HEADING, named("Picture log-on cards"))).isVisible();
        audit(dsl, "teacher-picture-cards");
        dsl.navigate("/teacher/layouts");
        assertThat(dsl.getByRole(AriaRole.HEADING, named("Layouts and language"))).isVisible();
        audit(dsl, "teacher-layouts");
    }

    @Test
    void theCheckersThemselvesFindWhatTheyLookFor() {
        Page page = newComputer();
        page.setContent("""
                <html lang="en"><head><title>Checkers</title>
                <style>#ringed:focus-visible { outline: 3px solid #0b57d0; }</style></head>
                <body><main><h1>Checkers</h1>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                <button id="small" style="width:20px;height:20px">x</button>
                <button id="ringless" style="outline:none">No ring</button>
                <button id="ringed">Ring</button>
                <button style="width:60px;height:60px">Big</button>
                </main></body></html>""");

        assertThat(Axe.violations(page)).extracting(Axe.Violation::rule).contains("image-alt");
        assertThat(Targets.smallerThan(page, 44, null)).extracting(Targets.Target::what)
                .contains("button \"x\"").doesNotContain("button \"Big\"");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(KeyboardOnly.hasFocus(page.locator("#ringless"))).isTrue();
        assertThat(KeyboardOnly.focusRings(page.locator("#ringless"))).isEmpty();
        page.keyboard().press("Tab");
        assertThat(KeyboardOnly.hasFocus(page.locator("#ringed"))).isTrue();
        assertThat(KeyboardOnly.focusRings(page.locator("#ringed"))).isNotEmpty();
    }

    @Test
    void aScreenStillFadingInIsJudgedOnceItHasSettled() {
        Page page = newComputer();
        // Inside a shadow root, as in a Vaadin dialog's overlay: the page's own list of animations leaves it out.
        page.setContent("""
                <html lang="en"><head><title>Fading</title></head>
                <body><main><h1>Fading</h1><div id="dialog"></div></main>
                <script>
                  document.getElementById('dialog').attachShadow({ mode: 'open' }).innerHTML =
                    '<style>@keyframes in { from { opacity: 0.15 } to { opacity: 1 } }'
                    + ' p { animation: in 1.5s linear; color: #222; background: #fff; }</style>'
                    + '<p>Tap one picture.</p>';
                </script></body></html>""");

        Animations.settle(page);

        assertThat(Axe.violations(page)).extracting(Axe.Violation::rule).doesNotContain("color-contrast");
        Number stillRunning = (Number) page.evaluate("() => document.getElementById('dialog').shadowRoot"
                + ".querySelector('p').getAnimations().filter(a => a.playState === 'running').length");
        assertThat(stillRunning.intValue()).isZero();
    }

    /** A pupil screen: axe, and every control at least 44×44 (links in a stored page's sentences aside). */
    private void pupilScreen(Page page, String screen) {
        audit(page, screen);
        softly.assertThat(Targets.smallerThan(page, 44, ".kiosk-page"))
                .as("controls smaller than 44×44 on %s", screen).isEmpty();
    }

    /** A screenshot to look at, and axe's verdict (soft, so every screen of the test is reported). */
    private void audit(Page page, String screen) {
        Animations.settle(page);
        screenshot(page, "a11y-" + screen);
        softly.check(() -> Axe.assertNoViolations(page, screen));
    }

    private Page pupil(String username, String firstName) {
        Page page = newComputer();
        logIn(page, username, "demo-pupil");
        page.getByRole(AriaRole.BUTTON, named("I agree")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, " + firstName + "!"))).isVisible();
        return page;
    }

    private static void search(Page page, String query) {
        page.getByLabel("Search", EXACT).fill(query);
        page.getByRole(AriaRole.BUTTON, named("Find")).click();
    }

    private static Locator mailRow(Page page, String subject) {
        return page.locator("a.kiosk-mail-row").filter(new Locator.FilterOptions().setHasText(subject));
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Locator.GetByRoleOptions inside(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }
}
