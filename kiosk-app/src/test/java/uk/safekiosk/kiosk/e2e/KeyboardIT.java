package uk.safekiosk.kiosk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.safekiosk.kiosk.support.KeyboardOnly.hasFocus;
import static uk.safekiosk.kiosk.support.KeyboardOnly.shiftTabTo;
import static uk.safekiosk.kiosk.support.KeyboardOnly.tour;
import static uk.safekiosk.kiosk.support.KeyboardOnly.tabTo;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.kiosk.mail.InProcessGateway;
import uk.safekiosk.kiosk.support.BrowserIT;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.support.KeyboardOnly;

/**
 * A pupil who cannot use a mouse does everything with the keyboard alone (Tab, Shift+Tab, Enter, Space, Escape and
 * typing), and can always see where the focus is. The only navigation not done by keyboard is opening the log-on page.
 */
class KeyboardIT extends BrowserIT {

    @Autowired
    InProcessGateway gateway;

    private DemoMail demo;

    @BeforeEach
    void setUp() {
        demo = new DemoMail(gateway.gateway());
    }

    @Test
    void aPupilLogsOnAgreesWritesWhistlesAndSearchesWithTheKeyboardOnly() throws Exception {
        String worrying = DemoMail.unique("Shadow");
        demo.send("oak.ava", worrying, "I saw a big shadow at the window", "oak.cara");
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.cara").stream()
                .anyMatch(h -> worrying.equals(h.subject())));
        Page page = newComputer();
        Keyboard keys = page.keyboard();

        page.navigate("/login");
        tabTo(page, page.getByLabel("Username", EXACT));
        keys.type("oak.cara");
        tabTo(page, page.getByLabel("Password", EXACT));
        keys.type("demo-pupil");
        keys.press("Enter");

        Locator agree = button(page, "I agree");
        tabTo(page, agree);
        keys.press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Cara!"))).isVisible();

        tabTo(page, button(page, "Email"));
        keys.press("Space");
        assertThat(page).hasURL(Pattern.compile(".*/mail$"));

        String subject = DemoMail.unique("Maths");
        tabTo(page, button(page, "New message"));
        keys.press("Enter");
        Locator ela = page.getByRole(AriaRole.GROUP, named("To")).getByRole(AriaRole.CHECKBOX,
                new Locator.GetByRoleOptions().setName("Ela K.").setExact(true));
        tabTo(page, ela);
        keys.press("Space");
        assertThat(ela).isChecked();
        tabTo(page, page.getByLabel("Subject", EXACT));
        keys.type(subject);
        tabTo(page, page.getByLabel("Message", EXACT));
        keys.type("Can you help me with my times tables?");
        Locator send = button(page, "Send");
        tabTo(page, send);
        shiftTabTo(page, page.getByLabel("Subject", EXACT));
        tabTo(page, send);
        keys.press("Enter");
        assertThat(page.getByText("Sent!")).isVisible();
        assertThat(demo.inbox("oak.ela")).anyMatch(h -> subject.equals(h.subject()));

        tabTo(page, page.getByRole(AriaRole.LINK, named("Back to my messages")));
        keys.press("Enter");
        Locator row = page.locator("a.kiosk-mail-row").filter(new Locator.FilterOptions().setHasText(worrying));
        tabTo(page, row);
        keys.press("Enter");
        assertThat(page.getByText("I saw a big shadow at the window")).isVisible();

        Locator whistle = button(page, "Whistle");
        tabTo(page, whistle);
        keys.press("Enter");
        assertThat(button(page, "Scary")).isVisible();
        keys.press("Escape");
        assertThat(button(page, "Scary")).hasCount(0);
        assertThat(hasFocus(whistle)).as("focus goes back to the whistle when its question closes").isTrue();
        keys.press("Space");
        tabTo(page, button(page, "Scary"));
        keys.press("Space");
        assertThat(page.getByRole(AriaRole.HEADING, named("Thank you for telling."))).isVisible();
        assertThat(demo.inbox("oak.cara")).noneMatch(h -> worrying.equals(h.subject()));

        tabTo(page, page.getByRole(AriaRole.LINK, named("Home")));
        keys.press("Enter");
        tabTo(page, button(page, "Search"));
        keys.press("Enter");
        tabTo(page, page.getByLabel("Search", EXACT));
        keys.type("volcano");
        keys.press("Enter");
        Locator firstResult = page.getByRole(AriaRole.LISTITEM).first().getByRole(AriaRole.LINK);
        assertThat(firstResult).containsText("Volcanoes");
        tabTo(page, firstResult);
        keys.press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, named("Volcanoes"))).isVisible();

        tabTo(page, button(page, "Report this page"));
        shiftTabTo(page, button(page, "Back to my search"));
        keys.press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=volcano$"));

        tabTo(page, button(page, "Log out"));
        keys.press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void everyStopOfThePupilScreensShowsWhereTheFocusIs() throws Exception {
        String subject = DemoMail.unique("Bees");
        demo.send("oak.dev", subject, "The bees are back in the garden", "oak.ela");
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.ela").stream()
                .anyMatch(h -> subject.equals(h.subject())));
        Page page = newComputer();
        page.navigate("/login");
        page.getByLabel("Username", EXACT).waitFor();
        SoftAssertions softly = new SoftAssertions();
        everyStopShowsFocus(softly, page, "login");

        logIn(page, "oak.ela", "demo-pupil");
        assertThat(button(page, "I agree")).isVisible();
        everyStopShowsFocus(softly, page, "rules");

        button(page, "I agree").click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Ela!"))).isVisible();
        everyStopShowsFocus(softly, page, "home");
        tabTo(page, button(page, "Email"));
        screenshot(page, "keyboard-home-email-focused");

        button(page, "Email").click();
        Locator row = page.locator("a.kiosk-mail-row").filter(new Locator.FilterOptions().setHasText(subject));
        assertThat(row).isVisible();
        everyStopShowsFocus(softly, page, "inbox");
        tabTo(page, row);
        screenshot(page, "keyboard-inbox-row-focused");

        row.click();
        assertThat(button(page, "Whistle")).isVisible();
        everyStopShowsFocus(softly, page, "read message");

        page.navigate("/mail/new");
        assertThat(page.getByLabel("Subject", EXACT)).isVisible();
        everyStopShowsFocus(softly, page, "write");
        tabTo(page, page.getByRole(AriaRole.CHECKBOX).first());
        screenshot(page, "keyboard-write-checkbox-focused");
        tabTo(page, page.getByLabel("Subject", EXACT));
        screenshot(page, "keyboard-write-subject-focused");

        page.navigate("/search?q=volcano");
        assertThat(page.getByRole(AriaRole.LISTITEM).first()).containsText("Volcanoes");
        everyStopShowsFocus(softly, page, "search results");
        tabTo(page, page.getByRole(AriaRole.LISTITEM).first().getByRole(AriaRole.LINK));
        screenshot(page, "keyboard-search-result-focused");
        softly.assertAll();
    }

    /** One round of Tab on the page: it has stops (beyond the header's), and each one shows that it has focus. */
    private static void everyStopShowsFocus(SoftAssertions softly, Page page, String screen) {
        KeyboardOnly.FocusTour tour = tour(page);
        softly.assertThat(tour.stops()).as("Tab stops on %s", screen).hasSizeGreaterThan(2);
        softly.assertThat(tour.withoutRing()).as("stops without a visible focus on %s (of %s)", screen, tour.stops())
                .isEmpty();
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, named(name));
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
