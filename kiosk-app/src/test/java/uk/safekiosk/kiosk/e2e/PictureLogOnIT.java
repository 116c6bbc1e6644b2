package uk.safekiosk.kiosk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.safekiosk.kiosk.support.BrowserIT;
import uk.safekiosk.kiosk.support.DemoPictures;

/** Picture log-on in a real Chromium: Elm Class (Year 1) taps pictures instead of typing a password. */
class PictureLogOnIT extends BrowserIT {

    private static final List<String> NINE = List.of("cat", "fish", "bird", "apple", "banana", "grapes", "star",
            "house", "car");

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static void tap(Page page, String picture) {
        page.getByRole(AriaRole.BUTTON, named(picture).setExact(true)).click();
    }

    /** Three pictures that are not the pupil's: their own with the first one changed. */
    private static List<String> wrongFor(String username) {
        List<String> wrong = new ArrayList<>(DemoPictures.of(username));
        wrong.set(0, NINE.get((NINE.indexOf(wrong.getFirst()) + 1) % NINE.size()));
        return wrong;
    }

    /** Taps the pictures and waits for the page the form post brings back (a new document, not this one). */
    private static void tapAndWaitForTheAnswer(Page page, List<String> pictures) {
        page.evaluate("() => { window.kioskEarlierPage = true; }");
        pictures.forEach(picture -> tap(page, picture));
        page.waitForFunction("() => !window.kioskEarlierPage && document.readyState === 'complete'");
    }

    private static String sessionId(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse("");
    }

    @Test
    void anElmPupilLogsOnByTappingTheirClassTheirNameAndThreePicturesThenSeesTheRules() {
        Page page = newComputer();
        page.navigate("/login");
        String before = sessionId(page);
        page.getByRole(AriaRole.BUTTON, named("Pictures")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Tap your class"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Oak Class"))).hasCount(0);
        page.getByRole(AriaRole.BUTTON, named("Elm Class")).click();
        page.getByRole(AriaRole.BUTTON, named("Gus R.")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Tap your three pictures"))).isVisible();
        List<String> pictures = DemoPictures.of("elm.gus");

        tap(page, pictures.get(0));
        tap(page, pictures.get(1));
        assertThat(page.locator(".kiosk-picture-slot img")).hasCount(2);
        screenshot(page, "picture-logon-1024x768");
        tap(page, pictures.get(2));

        assertThat(page).hasURL(Pattern.compile(".*/rules$"));
        assertThat(page.getByRole(AriaRole.BUTTON, named("I agree"))).isVisible();
        assertThat(sessionId(page)).as("a new session after log-on (session fixation)").isNotEqualTo(before);
        page.getByRole(AriaRole.BUTTON, named("I agree")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Gus!"))).isVisible();
    }

    @Test
    void theWrongPicturesBringAKindMessageAndTheSamePupilsPicturesAgain() {
        Page page = newComputer();

        logInWithPictures(page, "Elm Class", "Hana B.", wrongFor("elm.hana"));

        assertThat(page.getByText("Those were not your pictures. Try again!")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Tap your three pictures"))).isVisible();
        assertThat(page.getByText("Hana B.")).isVisible();
        assertThat(page.locator(".kiosk-picture-slot img")).hasCount(0);
        DemoPictures.of("elm.hana").forEach(picture -> tap(page, picture));
        assertThat(page).hasURL(Pattern.compile(".*/rules$"));
    }

    @Test
    void fiveWrongTriesLockTheAccountEvenForTheRightPictures() {
        Page page = newComputer();
        logInWithPictures(page, "Elm Class", "Ivy L.", wrongFor("elm.ivy"));
        for (int i = 1; i < 5; i++) {
            assertThat(page.getByText("Those were not your pictures. Try again!")).isVisible();
            tapAndWaitForTheAnswer(page, wrongFor("elm.ivy"));
        }

        tapAndWaitForTheAnswer(page, DemoPictures.of("elm.ivy"));

        assertThat(page.getByText("Too many tries. Wait 2 minutes, or ask your teacher to help you."))
                .isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/login/pictures\\?.*error.*"));
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void anElmPupilTypingTheirPasswordIsSentToThePictures() {
        Page page = newComputer();

        logIn(page, "elm.jay", "demo-pupil");

        assertThat(page.getByText("Your class logs in with pictures. Press Pictures to log in.")).isVisible();
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void aPostWithoutTheFormsCsrfTokenIsRefused() {
        Page page = newComputer();
        page.navigate("/login/pictures");

        APIResponse response = page.request().post("/login/pictures", RequestOptions.create()
                .setForm(FormData.create().set("username", "elm.gus")
                        .set("secret", String.join(",", DemoPictures.of("elm.gus"))))
                .setMaxRedirects(0));

        // Refused before the pictures are looked at: Spring Security's CSRF check answers (forbidden, or back to
        // the log-on page), never the success redirect.
        assertThat(response.status() == 403 || response.headers().getOrDefault("location", "").endsWith("/login"))
                .as("refused, got %d %s", response.status(), response.headers()).isTrue();
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void aTeacherMakesNewPicturesPrintsTheCardAndThePupilLogsOnWithThem() {
        Page teacher = newComputer();
        logIn(teacher, "elm.teacher", "demo-teacher");
        teacher.getByRole(AriaRole.LINK, named("Picture cards")).click();
        assertThat(teacher.getByRole(AriaRole.HEADING, named("Picture log-on cards: Elm Class"))).isVisible();

        teacher.getByRole(AriaRole.BUTTON, named("New pictures for Jay W.")).click();
        Locator card = teacher.locator(".kiosk-picture-card-shown");
        assertThat(card).hasCount(1);
        assertThat(card).containsText("Jay W.");
        List<String> shown = card.locator("li span").allTextContents();
        assertThat(shown).hasSize(3).allSatisfy(name -> assertThat(NINE).contains(name));
        screenshot(teacher, "picture-cards");
        teacher.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        screenshot(teacher, "picture-cards-print");
        assertThat(card).isVisible();
        assertThat(teacher.locator(".kiosk-picture-card:not(.kiosk-picture-card-shown)").first()).isHidden();
        assertThat(teacher.getByRole(AriaRole.BUTTON, named("Print the cards"))).isHidden();
        assertThat(teacher.locator(".kiosk-staff-menu")).isHidden();

        Page pupil = newComputer();
        logInWithPictures(pupil, "Elm Class", "Jay W.", shown);

        assertThat(pupil).hasURL(Pattern.compile(".*/rules$"));
        if (!shown.equals(DemoPictures.of("elm.jay"))) {
            Page other = newComputer();
            logInWithPictures(other, "Elm Class", "Jay W.", DemoPictures.of("elm.jay"));
            assertThat(other.getByText("Those were not your pictures. Try again!")).isVisible();
        }
    }

    @Test
    void noScreenOfThePictureLogOnFetchesAnythingFromOutside() {
        Page page = newComputer();
        List<String> requested = new ArrayList<>();
        page.onRequest(request -> requested.add(request.url()));
        page.navigate("/login/pictures?username=elm.gus");
        assertThat(page.locator(".kiosk-picture img")).hasCount(9);

        assertThat(requested).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("http://localhost:" + port));
        Number width = (Number) page.evaluate(
                "() => document.querySelector('.kiosk-picture img').naturalWidth");
        assertThat(width.intValue()).as("the drawing loaded").isGreaterThan(0);
    }
}
