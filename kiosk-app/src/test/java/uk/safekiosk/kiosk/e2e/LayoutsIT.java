package uk.safekiosk.kiosk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.kiosk.mail.InProcessGateway;
import uk.safekiosk.kiosk.roster.ClassLayouts;
import uk.safekiosk.kiosk.roster.KeyStage;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.support.BrowserIT;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.support.DemoPictures;
import uk.safekiosk.kiosk.support.FakeSpeech;

/**
 * The KS1 layout (Elm Class, Year 1) and the KS2 layout (Oak Class, Year 4) side by side at 1024x768, with
 * screenshots of each in target/screenshots, and a teacher switching a class's layout.
 */
class LayoutsIT extends BrowserIT {

    @Autowired
    InProcessGateway gateway;
    @Autowired
    ClassLayouts layouts;
    @Autowired
    RosterService roster;

    @BeforeEach
    void eachPupilHasAMessage() throws Exception {
        DemoMail demo = new DemoMail(gateway.gateway());
        for (String[] pair : new String[][] {{"elm.hana", "elm.gus"}, {"oak.finn", "oak.ava"}}) {
            String subject = DemoMail.unique("Painting");
            demo.send(pair[0], subject, "Look at my painting of a tiger", pair[1]);
            await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox(pair[1]).stream()
                    .anyMatch(h -> subject.equals(h.subject())));
        }
    }

    /** The tests share one school: put the demo layouts back after a test switched one. */
    @AfterEach
    void demoLayouts() {
        Person admin = roster.findByUsername("admin").orElseThrow();
        layouts.set(admin, roster.findByUsername("elm.teacher").orElseThrow().classId(), KeyStage.KS1);
        layouts.set(admin, roster.findByUsername("oak.teacher").orElseThrow().classId(), KeyStage.KS2);
    }

    @Test
    void ks1HasFewerRulesAsPictureCardsBiggerTextAndTargetsOfAtLeast64Pixels() {
        Page ks1 = pupilAtRules("elm.gus");
        Page ks2 = pupilAtRules("oak.ava");

        assertThat(ks1.locator("body")).hasClass(Pattern.compile(".*\\bkiosk-ks1\\b.*"));
        assertThat(ks2.locator("body")).hasClass(Pattern.compile(".*\\bkiosk-ks2\\b.*"));
        assertThat(ks1.getByRole(AriaRole.LISTITEM)).hasCount(8);
        assertThat(ks2.getByRole(AriaRole.LISTITEM)).hasCount(12);
        screenshot(ks1, "rules-ks1");
        screenshot(ks2, "rules-ks2");

        assertThat(fontSize(ks1, ".kiosk-rule-text")).isGreaterThan(fontSize(ks2, ".kiosk-rule-text"));
        assertThat(fontSize(ks2, ".kiosk-rule-text")).isGreaterThanOrEqualTo(20);
        assertAtLeast(ks1.getByRole(AriaRole.BUTTON, named("I agree")), 64);
        for (Locator speaker : ks1.locator(".kiosk-read-aloud").all()) {
            assertAtLeast(speaker, 64);
        }
        for (Locator speaker : ks2.locator(".kiosk-read-aloud").all()) {
            assertAtLeast(speaker, 44);
        }
        BoundingBox ks1Picture = ks1.locator(".kiosk-rule-icon").first().boundingBox();
        BoundingBox ks2Picture = ks2.locator(".kiosk-rule-icon").first().boundingBox();
        assertThat(ks1Picture.width).isGreaterThan(ks2Picture.width * 1.5);
    }

    @Test
    void ks1HomeAndMailPutBigPicturesFirst() {
        Page ks1 = pupilAtRules("elm.gus");
        Page ks2 = pupilAtRules("oak.ava");
        for (Page page : new Page[] {ks1, ks2}) {
            page.getByRole(AriaRole.BUTTON, named("I agree")).click();
            assertThat(page.locator(".kiosk-tile").first()).isVisible();
        }
        screenshot(ks1, "home-ks1");
        screenshot(ks2, "home-ks2");

        Locator ks1Tile = ks1.getByRole(AriaRole.BUTTON, named("Email"));
        assertAtLeast(ks1Tile, 64);
        BoundingBox ks1Icon = ks1Tile.locator("vaadin-icon").boundingBox();
        BoundingBox ks2Icon = ks2.getByRole(AriaRole.BUTTON, named("Email")).locator("vaadin-icon").boundingBox();
        assertThat(ks1Icon.width).isGreaterThan(ks2Icon.width * 1.5);
        BoundingBox tile = ks1Tile.boundingBox();
        assertThat(ks1Icon.y + ks1Icon.height / 2).as("the picture is above the word")
                .isLessThan(tile.y + tile.height / 2);

        for (Page page : new Page[] {ks1, ks2}) {
            page.getByRole(AriaRole.BUTTON, named("Email")).click();
            assertThat(page).hasURL(Pattern.compile(".*/mail$"));
            assertThat(page.locator("a.kiosk-mail-row").first()).isVisible();
        }
        screenshot(ks1, "mail-ks1");
        screenshot(ks2, "mail-ks2");

        assertThat(ks1.locator(".kiosk-mail-picture").first()).isVisible();
        assertThat(ks2.locator(".kiosk-mail-picture").first()).isHidden();
        assertThat(ks1.locator(".kiosk-mail-list .kiosk-mail-when").first()).isHidden();
        assertAtLeast(ks1.locator("a.kiosk-mail-row").first(), 64);
        assertAtLeast(ks1.getByRole(AriaRole.BUTTON, named("New message")), 64);
    }

    @Test
    void aTeacherSwitchesTheirClassToKs2AndTheNextPupilSeesTheFullRules() {
        Page teacher = newComputer(1280, 900);
        logIn(teacher, "elm.teacher", "demo-teacher");
        teacher.navigate("/teacher/layouts");
        Locator choice = teacher.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions()
                .setName("Layout for pupils"));
        assertThat(choice.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions()
                .setName("KS1: bigger, more pictures, fewer words"))).isChecked();
        screenshot(teacher, "teacher-layouts");

        choice.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("KS2: standard")).check();
        assertThat(teacher.getByText("Elm Class now uses the KS2 layout.")).isVisible();

        Page pupil = pupilAtRules("elm.ivy");
        assertThat(pupil.getByRole(AriaRole.LISTITEM)).hasCount(12);
        assertThat(pupil.locator("body")).hasClass(Pattern.compile(".*\\bkiosk-ks2\\b.*"));
    }

    private Page pupilAtRules(String username) {
        Page page = newComputer(1024, 768);
        FakeSpeech.install(page, FakeSpeech.ENGLISH);
        Person pupil = roster.findByUsername(username).orElseThrow();
        if (username.startsWith("elm.")) {
            // Elm Class logs on with pictures in the demo school.
            logInWithPictures(page, pupil.className(), pupil.displayName(), DemoPictures.of(username));
        } else {
            logIn(page, username, "demo-pupil");
        }
        assertThat(page.getByRole(AriaRole.BUTTON, named("I agree"))).isVisible();
        return page;
    }

    private static double fontSize(Page page, String selector) {
        return ((Number) page.evaluate("s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize)",
                selector)).doubleValue();
    }

    private static void assertAtLeast(Locator target, double pixels) {
        assertThat(target).isVisible();
        BoundingBox box = target.boundingBox();
        assertThat(box.height).as("height").isGreaterThanOrEqualTo(pixels);
        assertThat(box.width).as("width").isGreaterThanOrEqualTo(pixels);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
