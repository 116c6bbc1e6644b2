package uk.safekiosk.kiosk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.safekiosk.kiosk.support.BrowserIT;

/** Class controls in a real Chromium: a teacher switches Search off and pauses a pupil, at another computer. */
class ClassControlsIT extends BrowserIT {

    private static final String PAUSED = "You can't use the computers just now.";

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private Page pupil(String username) {
        Page page = newComputer();
        logIn(page, username, "demo-pupil");
        page.getByRole(AriaRole.BUTTON, named("I agree")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        return page;
    }

    @Test
    void aTeacherSwitchesSearchOffThenPausesAPupilWhoIsLoggedOutAndCannotLogOnAgain() {
        Page ben = pupil("oak.ben");
        assertThat(ben.getByRole(AriaRole.BUTTON, named("Search"))).not().containsText("resting");

        Page teacher = newComputer(1280, 900);
        logIn(teacher, "oak.teacher", "demo-teacher");
        Locator classesPage = teacher.getByRole(AriaRole.LINK, named("Classes"));
        assertThat(classesPage).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        classesPage.click();
        assertThat(teacher).hasURL(Pattern.compile(".*/teacher/classes$"));
        assertThat(teacher.getByRole(AriaRole.HEADING, named("Oak Class (Year 4)"))).isVisible();
        Locator search = teacher.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Search")
                .setExact(true));
        assertThat(search).isChecked();
        search.uncheck();
        teacher.reload();
        assertThat(teacher.getByLabel("Search", EXACT)).not().isChecked();
        screenshot(teacher, "class-controls");

        ben.navigate("/");
        assertThat(ben.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")))
                .containsText("Search is resting");
        ben.navigate("/search");
        assertThat(ben.getByRole(AriaRole.HEADING, named("Search is resting"))).isVisible();

        teacher.getByRole(AriaRole.BUTTON, named("Pause Ben T.")).click();
        teacher.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Pause").setExact(true)).click();
        assertThat(teacher.locator("[data-pupil='oak.ben'] .kiosk-paused")).containsText("Paused until");

        assertThat(ben.getByText(PAUSED)).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertThat(ben).hasURL(Pattern.compile(".*/login\\?error$"));
        logIn(ben, "oak.ben", "demo-pupil");
        assertThat(ben.getByText(PAUSED)).isVisible();
        assertThat(ben).hasURL(Pattern.compile(".*/login\\?error$"));

        teacher.getByRole(AriaRole.LINK, named("Ben T.")).click();
        assertThat(teacher.getByRole(AriaRole.HEADING, named("Timeline: Ben T."))).isVisible();
        Locator timeline = teacher.locator(".kiosk-timeline-list");
        assertThat(timeline.locator("[data-action='PUPIL_PAUSED']")).containsText("Mrs Okafor");
        assertThat(timeline.locator("[data-action='LOGGED_ON']").first()).containsText("Ben T.");
        assertThat(timeline.locator("[data-action='RULES_AGREED']")).hasCount(1);
        assertThat(timeline.locator("[data-action='LOG_ON_REFUSED']")).containsText("Could not log on");
        screenshot(teacher, "pupil-timeline");
    }

    @Test
    void aPupilWhoOpensTheClassControlsIsToldKindlyItIsNotForThem() {
        Page cara = pupil("oak.cara");

        cara.navigate("/teacher/classes");

        assertThat(cara.getByRole(AriaRole.HEADING, named("This page is not for you"))).isVisible();
        assertThat(cara.getByRole(AriaRole.CHECKBOX)).hasCount(0);
    }
}
