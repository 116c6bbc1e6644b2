package uk.safekiosk.kiosk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.kiosk.i18n.Language;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.roster.SchoolLanguage;
import uk.safekiosk.kiosk.support.BrowserIT;
import uk.safekiosk.kiosk.support.FakeSpeech;

/** A school switched to Welsh: log-on, the rules and the pupil home in Welsh, whatever the browser's language. */
class WelshIT extends BrowserIT {

    @Autowired
    SchoolLanguage language;
    @Autowired
    RosterService roster;

    @AfterEach
    void backToEnglish() {
        language.set(roster.findByUsername("admin").orElseThrow(), Language.ENGLISH);
    }

    @Test
    void theAdministratorSwitchesTheSchoolToWelshAndPupilsLogOnAgreeAndGoHomeInWelsh() {
        Page admin = newComputer(1280, 900);
        logIn(admin, "admin", "demo-admin");
        admin.navigate("/teacher/layouts");
        admin.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Cymraeg (Welsh)")).check();
        assertThat(admin.getByText("The kiosk now uses Cymraeg (Welsh).", new Page.GetByTextOptions()
                .setExact(false))).isVisible();

        Page pupil = newComputer(1024, 768);
        FakeSpeech.install(pupil, FakeSpeech.ENGLISH, FakeSpeech.WELSH);
        pupil.navigate("/login");
        assertThat(pupil.locator("html")).hasAttribute("lang", "cy");
        assertThat(pupil.getByRole(AriaRole.BUTTON, named("Mewngofnodi"))).isVisible();
        screenshot(pupil, "login-cy");
        pupil.getByLabel("Enw defnyddiwr", EXACT).fill("oak.ava");
        pupil.getByLabel("Cyfrinair", EXACT).fill("demo-pupil");
        pupil.getByRole(AriaRole.BUTTON, named("Mewngofnodi")).click();

        assertThat(pupil.getByRole(AriaRole.HEADING, named("Ein rheolau"))).isVisible();
        assertThat(pupil.getByRole(AriaRole.LISTITEM)).hasCount(12);
        assertThat(pupil.getByRole(AriaRole.LISTITEM).first())
                .containsText("Rwy'n cadw fy nghyfrinair yn gyfrinach.");
        assertThat(pupil.getByRole(AriaRole.BUTTON, named("Allgofnodi"))).isVisible();
        screenshot(pupil, "rules-cy");
        pupil.getByRole(AriaRole.LISTITEM).first().getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Darllen i mi")).click();
        assertThat(FakeSpeech.lastSaid(pupil)).containsEntry("lang", "cy-GB").containsEntry("voice", "Fake Welsh")
                .containsEntry("text", pupil.locator(".kiosk-rule-text").first().textContent());

        pupil.getByRole(AriaRole.BUTTON, named("Rwy'n cytuno")).click();

        assertThat(pupil.getByRole(AriaRole.HEADING, named("Helo, Ava!"))).isVisible();
        assertThat(pupil.getByText("Beth hoffet ti ei wneud?")).isVisible();
        assertThat(pupil.getByRole(AriaRole.BUTTON, named("E-bost"))).isVisible();
        screenshot(pupil, "home-cy");
    }

    @Test
    void aWrongPasswordIsExplainedInWelshAndTheWelshSpeakerHidesWithoutAWelshVoice() {
        language.set(roster.findByUsername("admin").orElseThrow(), Language.WELSH);
        Page page = newComputer();
        FakeSpeech.install(page, FakeSpeech.ENGLISH);
        page.navigate("/login");
        page.getByLabel("Enw defnyddiwr", EXACT).fill("oak.ben");
        page.getByLabel("Cyfrinair", EXACT).fill("not-my-password");
        page.getByRole(AriaRole.BUTTON, named("Mewngofnodi")).click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.getByText("Wnaeth hynny ddim gweithio")).isVisible();
        assertThat(page.locator(".kiosk-notice")).isHidden();
        assertThat(page.locator(".kiosk-read-aloud")).isHidden();
        FakeSpeech.offer(page, FakeSpeech.ENGLISH, FakeSpeech.WELSH);
        assertThat(page.locator(".kiosk-read-aloud")).isVisible();
        page.locator(".kiosk-read-aloud").click();
        assertThat(FakeSpeech.lastSaid(page)).containsEntry("lang", "cy-GB").containsEntry("text",
                "Wnaeth hynny ddim gweithio. Ydy dy enw defnyddiwr yn gywir? Ydy dy gyfrinair yn gywir? "
                        + "Rho gynnig arall arni.");
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
