package uk.safekiosk.kiosk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.kiosk.mail.InProcessGateway;
import uk.safekiosk.kiosk.support.Animations;
import uk.safekiosk.kiosk.support.Axe;
import uk.safekiosk.kiosk.support.BrowserIT;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.support.Targets;

/**
 * The key pupil screens on a 768×1024 tablet held upright: nothing scrolls sideways, the main button is in view,
 * every control is at least 44×44 CSS pixels, and axe still finds no WCAG 2.2 AA violation.
 */
@ExtendWith(SoftAssertionsExtension.class)
class TabletIT extends BrowserIT {

    private static final double SMALLEST_TARGET = 44;
    /** Links inside a stored page's sentences: WCAG 2.5.8 exempts targets inside running text. */
    private static final String RUNNING_TEXT = ".kiosk-page";

    @Autowired
    InProcessGateway gateway;

    @InjectSoftAssertions
    SoftAssertions softly;

    @Test
    void pupilScreensFitAnUprightTabletWithBigTargets() throws Exception {
        DemoMail demo = new DemoMail(gateway.gateway());
        String subject = DemoMail.unique("Kite");
        demo.send("oak.ben", subject, "My kite flew over the school!", "oak.ava");
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.ava").stream()
                .anyMatch(h -> subject.equals(h.subject())));
        Page page = newComputer(768, 1024);

        page.navigate("/login");
        check(page, "login", page.getByRole(AriaRole.BUTTON, named("Log in")));

        logIn(page, "oak.ava", "demo-pupil");
        check(page, "rules", page.getByRole(AriaRole.BUTTON, named("I agree")));

        page.getByRole(AriaRole.BUTTON, named("I agree")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Ava!"))).isVisible();
        check(page, "home", page.getByRole(AriaRole.BUTTON, named("Email")));

        page.getByRole(AriaRole.BUTTON, named("Email")).click();
        Locator row = page.locator("a.kiosk-mail-row").filter(new Locator.FilterOptions().setHasText(subject));
        assertThat(row).isVisible();
        check(page, "inbox", page.getByRole(AriaRole.BUTTON, named("New message")));

        row.click();
        check(page, "read-message", page.getByRole(AriaRole.BUTTON, named("Whistle")));

        page.getByRole(AriaRole.BUTTON, named("Whistle")).click();
        check(page, "whistle-reasons", page.getByRole(AriaRole.BUTTON, named("Something else")));
        page.getByRole(AriaRole.BUTTON, named("Go back")).click();

        page.getByRole(AriaRole.BUTTON, named("Reply")).click();
        assertThat(page.getByLabel("Subject", EXACT)).hasValue("Re: " + subject);
        check(page, "write", page.getByRole(AriaRole.BUTTON, named("Send")));

        page.navigate("/search");
        page.getByLabel("Search", EXACT).fill("volcano");
        page.getByRole(AriaRole.BUTTON, named("Find")).click();
        assertThat(page.getByRole(AriaRole.LISTITEM).first()).containsText("Volcanoes");
        check(page, "search-results", page.getByRole(AriaRole.BUTTON, named("Find")));

        page.getByRole(AriaRole.LISTITEM).first().getByRole(AriaRole.LINK).click();
        check(page, "page-viewer", page.getByRole(AriaRole.BUTTON, named("Report this page")));
    }

    /** One screen upright: a screenshot, then each promise (soft, so every screen is reported). */
    private void check(Page page, String screen, Locator mainButton) {
        mainButton.waitFor();
        Animations.settle(page);
        screenshot(page, "tablet-" + screen);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "tablet-" + screen + "-viewport.png")));
        softly.assertThat(Targets.sidewaysOverflow(page)).as("px %s scrolls sideways", screen).isLessThanOrEqualTo(0);
        softly.check(() -> assertThat(mainButton).isInViewport());
        softly.assertThat(Targets.smallerThan(page, SMALLEST_TARGET, RUNNING_TEXT))
                .as("controls smaller than 44×44 on %s", screen).isEmpty();
        softly.check(() -> Axe.assertNoViolations(page, "tablet " + screen));
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
