package uk.safekiosk.kiosk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.safekiosk.kiosk.support.BrowserIT;
import uk.safekiosk.kiosk.support.DemoPictures;

class PupilLogOnIT extends BrowserIT {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void pupilSeesTheRulesAndTypedUrlsLeadBackUntilTheyAgree() {
        Page page = newComputer();
        logIn(page, "oak.ava", "demo-pupil");

        assertThat(page).hasURL(Pattern.compile(".*/rules$"));
        assertThat(page.getByRole(AriaRole.LISTITEM)).hasCount(12);
        assertThat(page.getByRole(AriaRole.BUTTON, named("I agree"))).isVisible();

        page.navigate("/teacher");
        assertThat(page).hasURL(Pattern.compile(".*/rules$"));
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/rules$"));
        page.navigate("/no-such-page");
        assertThat(page).hasURL(Pattern.compile(".*/rules$"));

        page.getByRole(AriaRole.BUTTON, named("I agree")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Ava!")))
                .isVisible();
    }

    @Test
    void aWrongAddressShowsTheKindNotFoundPage() {
        Page page = newComputer();
        logInWithPictures(page, "Elm Class", "Jay W.", DemoPictures.of("elm.jay"));
        page.getByRole(AriaRole.BUTTON, named("I agree")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Jay!")))
                .isVisible();

        page.navigate("/no-such-page");

        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("We can't find that page"))).isVisible();
        page.getByRole(AriaRole.BUTTON, named("Go home")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Jay!")))
                .isVisible();
    }

    @Test
    void rulesScreenIsReadableAt1024By768() throws Exception {
        Page page = newComputer(1024, 768);
        logIn(page, "oak.ben", "demo-pupil");
        assertThat(page.getByRole(AriaRole.BUTTON, named("I agree"))).isVisible();

        var shot = screenshot(page, "rules-1024x768");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot.resolveSibling("rules-1024x768-viewport.png")));
        assertThat(page.getByRole(AriaRole.BUTTON, named("I agree"))).isInViewport();

        assertThat(Files.size(shot)).isGreaterThan(10_000);
        Number bodySize = (Number) page.evaluate(
                "() => parseFloat(getComputedStyle(document.querySelector('li span')).fontSize)");
        assertThat(bodySize.doubleValue()).isGreaterThanOrEqualTo(20.0);
        var box = page.getByRole(AriaRole.BUTTON, named("I agree")).boundingBox();
        assertThat(box.height).isGreaterThanOrEqualTo(44.0);
        assertThat(box.width).isGreaterThanOrEqualTo(44.0);
    }

    @Test
    void pupilCannotOpenTheTeacherPageEvenAfterAgreeing() {
        Page page = newComputer();
        logIn(page, "oak.cara", "demo-pupil");
        page.getByRole(AriaRole.BUTTON, named("I agree")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Cara!")))
                .isVisible();

        page.navigate("/teacher");

        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("This page is not for you"))).isVisible();
        assertThat(page.getByText("Oak Class (Year 4)")).hasCount(0);
    }

    @Test
    void teacherLandsOnTheTeacherHomeWithoutTheRules() {
        Page page = newComputer();
        logIn(page, "oak.teacher", "demo-teacher");

        assertThat(page).hasURL(Pattern.compile(".*/teacher$"));
        assertThat(page.getByText("Oak Class (Year 4)")).isVisible();
        assertThat(page.getByText("Ava S.", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("I agree"))).hasCount(0);
    }

    @Test
    void afterLogOutNothingOfThePupilIsVisibleEvenWithTheBackButton() {
        Page page = newComputer();
        logIn(page, "oak.dev", "demo-pupil");
        page.getByRole(AriaRole.BUTTON, named("I agree")).click();
        assertThat(page.getByText("Dev P.")).isVisible();

        page.getByRole(AriaRole.BUTTON, named("Log out")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        page.goBack();

        assertThat(page.getByLabel("Username", EXACT)).isVisible();
        assertThat(page.getByText("Dev P.")).hasCount(0);
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void wrongPasswordsLockTheAccountWithAKindMessage() {
        Page page = newComputer();
        for (int i = 0; i < 5; i++) {
            logIn(page, "oak.finn", "wrong-" + i);
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        }

        logIn(page, "oak.finn", "demo-pupil");

        assertThat(page.getByText("Too many tries")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void noScreenLinksToAnOutsideAddress() {
        Page page = newComputer();
        page.navigate("/login");
        assertOnlyLocalLinks(page);
        logIn(page, "oak.ela", "demo-pupil");
        assertOnlyLocalLinks(page);
        page.getByRole(AriaRole.BUTTON, named("I agree")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Ela!")))
                .isVisible();
        assertOnlyLocalLinks(page);
    }

    private void assertOnlyLocalLinks(Page page) {
        @SuppressWarnings("unchecked")
        var hrefs = (java.util.List<String>) page.evaluate(
                "() => Array.from(document.querySelectorAll('a[href], link[href], script[src], img[src]'))"
                        + ".map(e => e.href || e.src)");
        assertThat(hrefs).allSatisfy(href ->
                assertThat(href).startsWith("http://localhost:" + port));
    }
}
