package uk.safekiosk.kiosk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import uk.safekiosk.kiosk.support.Axe;
import uk.safekiosk.kiosk.support.BrowserIT;

/** A short idle time so the real warning and log-out can be watched in a real browser. */
@TestPropertySource(properties = {"kiosk.pupil-idle-minutes=0.1", "kiosk.pupil-idle-warning-seconds=3"})
class PupilIdleIT extends BrowserIT {

    @Test
    void idlePupilIsAskedIfStillThereThenLoggedOut() {
        Page page = newComputer();
        logIn(page, "oak.ava", "demo-pupil");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I agree"))).isVisible();

        assertThat(page.getByText("Are you still there?"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        Axe.assertNoViolations(page, "idle warning");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?idle.*"),
                new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(15_000));
        assertThat(page.getByText("You were away for a while")).isVisible();

        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void answeringTheWarningKeepsThePupilLoggedOn() {
        Page page = newComputer();
        logIn(page, "oak.ben", "demo-pupil");
        var stillHere = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, I am here"));
        assertThat(stillHere).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));

        stillHere.click();

        assertThat(page.getByText("Are you still there?")).isHidden();
        assertThat(page).hasURL(Pattern.compile(".*/rules$"));
    }
}
