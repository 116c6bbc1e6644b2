package uk.safekiosk.kiosk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.safekiosk.kiosk.support.BrowserIT;
import uk.safekiosk.kiosk.support.DemoPictures;

/** Safe search in a real Chromium: pupils searching and reading, teachers watching and switching. */
class SearchIT extends BrowserIT {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private Page pupil(String username) {
        Page page = newComputer();
        logIn(page, username, "demo-pupil");
        page.getByRole(AriaRole.BUTTON, named("I agree")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        return page;
    }

    private Page teacher(String username) {
        Page page = newComputer();
        logIn(page, username, "demo-teacher");
        assertThat(page).hasURL(Pattern.compile(".*/teacher$"));
        assertThat(page.getByText("Needs you now")).isVisible();
        return page;
    }

    private static void search(Page page, String query) {
        page.getByLabel("Search", EXACT).fill(query);
        page.getByRole(AriaRole.BUTTON, named("Find")).click();
    }

    @Test
    void aPupilSearchesOpensAResultAndCannotFollowAnOutsideLink() {
        Page page = pupil("oak.ava");
        page.getByRole(AriaRole.BUTTON, named("Search")).click();
        assertThat(page).hasURL(Pattern.compile(".*/search$"));

        search(page, "volcano");

        Locator results = page.getByRole(AriaRole.LISTITEM);
        assertThat(results).hasCount(10);
        assertThat(results.first().getByRole(AriaRole.LINK)).hasCount(1);
        assertThat(results.first()).containsText("Volcanoes");
        assertOnlyLocalAddresses(page);
        results.first().getByRole(AriaRole.LINK).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("Volcanoes").setExact(true))).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/search/view\\?u=.*volcanoes\\.html$"));
        Locator outside = page.locator(".kiosk-outside-link", new Page.LocatorOptions().setHasText("Eruption Toys"));
        assertThat(outside).containsText("This link goes outside our safe websites");
        assertThat(page.getByRole(AriaRole.LINK, named("Eruption Toys"))).hasCount(0);
        String before = page.url();
        outside.click();
        assertThat(page).hasURL(before);
        assertOnlyLocalAddresses(page);

        page.getByRole(AriaRole.LINK, named("Pompeii")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Pompeii").setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Report this page"))).isVisible();
    }

    @Test
    void aBlockedSearchIsFriendlyAndTheTeacherSeesIt() {
        Page teacher = teacher("oak.teacher");
        Page page = pupil("oak.ben");
        page.navigate("/search");

        search(page, "facebook login");

        assertThat(page.getByRole(AriaRole.HEADING, named("Let's look for something else"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("volcanoes"))).isVisible();
        assertThat(page.getByRole(AriaRole.LISTITEM)).hasCount(0);
        Locator live = teacher.locator(".kiosk-search-alerts li");
        assertThat(live.filter(new Locator.FilterOptions().setHasText("facebook login"))).hasCount(1);
        assertThat(live.first()).containsText("Ben T.");
        teacher.getByText("Recent searches").click();
        assertThat(teacher.locator(".kiosk-search-log li").first()).containsText("facebook login");
    }

    @Test
    void aWorryingSearchReachesTheTeachersOpenPageWithoutAReload() {
        Page teacher = teacher("oak.teacher");
        String teacherUrl = teacher.url();
        Page page = pupil("oak.cara");
        page.navigate("/search");

        search(page, "how to hurt myself");

        assertThat(page.getByRole(AriaRole.HEADING, named("Let's talk to a grown-up"))).isVisible();
        assertThat(page.getByText("Childline", new Page.GetByTextOptions().setExact(false))).isVisible();
        Locator alert = teacher.locator(".kiosk-search-alerts li",
                new Page.LocatorOptions().setHasText("how to hurt myself"));
        assertThat(alert).isVisible();
        assertThat(alert).containsText("Cara M.");
        assertThat(alert).containsText("Talk to them now");
        assertThat(teacher).hasURL(teacherUrl);
    }

    @Test
    void theTileRestsWhileTheSwitchIsOffAndWakesWhenTheTeacherTurnsItOn() {
        // Elm Class logs on with pictures.
        Page page = newComputer();
        logInWithPictures(page, "Elm Class", "Hana B.", DemoPictures.of("elm.hana"));
        page.getByRole(AriaRole.BUTTON, named("I agree")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Search"))).containsText("Search is resting");
        page.navigate("/search");
        assertThat(page.getByRole(AriaRole.HEADING, named("Search is resting"))).isVisible();
        assertThat(page.getByLabel("Search", EXACT)).hasCount(0);

        Page teacher = teacher("elm.teacher");
        Locator toggle = teacher.getByLabel("Search", EXACT);
        assertThat(toggle).not().isChecked();
        toggle.check();
        try {
            page.navigate("/");
            assertThat(page.getByRole(AriaRole.BUTTON, named("Search"))).not().containsText("resting");
            page.navigate("/search");
            assertThat(page.getByLabel("Search", EXACT)).isVisible();
        } finally {
            teacher.reload();
            teacher.getByLabel("Search", EXACT).uncheck();
            assertThat(teacher.getByLabel("Search", EXACT)).not().isChecked();
        }
        page.navigate("/");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Search"))).containsText("Search is resting");
    }

    @Test
    void resultPicturesLoadForPupilsAndForNobodyElse() {
        Page page = pupil("oak.dev");
        page.navigate("/search");
        search(page, "red foxes");

        Locator picture = page.getByRole(AriaRole.LISTITEM).first().locator("img");
        assertThat(picture).hasAttribute("src", "/search-files/nature/images/fox.svg");
        page.waitForCondition(() -> ((Number) picture.evaluate("img => img.naturalWidth")).intValue() > 0);
        APIResponse served = page.request().get("/search-files/nature/images/fox.svg");
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.headers().get("content-security-policy")).contains("sandbox");

        APIResponse anonymous = newComputer().request().get("/search-files/nature/images/fox.svg",
                RequestOptions.create().setMaxRedirects(0));
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.headers().get("location")).contains("/login");
    }

    private void assertOnlyLocalAddresses(Page page) {
        @SuppressWarnings("unchecked")
        List<String> addresses = (List<String>) page.evaluate(
                "() => Array.from(document.querySelectorAll('a[href], link[href], script[src], img[src], iframe'))"
                        + ".map(e => e.href || e.src || 'iframe')");
        assertThat(addresses).allSatisfy(address -> assertThat(address).startsWith("http://localhost:" + port));
    }
}
