package uk.safekiosk.kiosk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.kiosk.mail.InProcessGateway;
import uk.safekiosk.kiosk.support.BrowserIT;
import uk.safekiosk.kiosk.support.DemoMail;

/** Pupil email and the whistle in real Chromium, each person at their own computer (browser context). */
class MailAndWhistleIT extends BrowserIT {

    private static final String SCARY_TEXT = "There is a ghost under your bed tonight";

    @Autowired
    InProcessGateway gateway;

    private DemoMail demo;

    @BeforeEach
    void setUp() {
        demo = new DemoMail(gateway.gateway());
    }

    @Test
    void avaWritesToBenAndItIsInHisInbox() throws Exception {
        String subject = DemoMail.unique("Rockets");
        Page ava = pupil("oak.ava", "Ava");

        writeTo(ava, "Ben T.", subject, "Shall we build a rocket at playtime?");
        ava.getByRole(AriaRole.BUTTON, named("Send")).click();

        assertThat(ava.getByText("Sent!")).isVisible();
        Page ben = pupil("oak.ben", "Ben");
        openEmail(ben);
        Locator row = mailRow(ben, subject);
        assertThat(row).isVisible();
        assertThat(row).containsText("Ava S.");
        assertThat(row).containsText("New");
        row.click();
        assertThat(ben.getByText("Shall we build a rocket at playtime?")).isVisible();
        assertThat(demo.inbox("oak.ben")).anyMatch(h -> subject.equals(h.subject()));
    }

    @Test
    void aPhoneNumberShowsTheHintSendingIsRefusedAndBensMailboxIsUnchanged() throws Exception {
        String subject = DemoMail.unique("Call me");
        List<DemoMail.Held> before = demo.inbox("oak.ben");
        Page ava = pupil("oak.ava", "Ava");

        writeTo(ava, "Ben T.", subject, "ring me on 07700 900123 after school");

        assertThat(ava.getByText("Phone numbers are private — take it out.")).isVisible();
        assertThat(ava.locator(".kiosk-mail-highlight mark")).hasText("07700 900123");
        ava.getByRole(AriaRole.BUTTON, named("Send")).click();
        assertThat(ava.getByRole(AriaRole.ALERT)).containsText("phone number");
        assertThat(ava.getByLabel("Message", EXACT)).hasValue("ring me on 07700 900123 after school");
        List<DemoMail.Held> after = demo.inbox("oak.ben");
        assertThat(after).hasSameSizeAs(before).noneMatch(h -> subject.equals(h.subject()));
    }

    @Test
    void benWhistlesTheTeacherSeesItLiveOpensItAndBenIsToldTheTeacherHasSeenIt() throws Exception {
        String subject = DemoMail.unique("Ghost");
        demo.send("oak.ava", subject, SCARY_TEXT, "oak.ben");
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.ben").stream()
                .anyMatch(h -> subject.equals(h.subject())));
        Page teacher = newComputer(1280, 900);
        logIn(teacher, "oak.teacher", "demo-teacher");
        assertThat(teacher.getByRole(AriaRole.HEADING, named("Whistle reports"))).isVisible();
        Page ben = pupil("oak.ben", "Ben");
        openEmail(ben);
        mailRow(ben, subject).click();

        ben.getByRole(AriaRole.BUTTON, named("Whistle")).click();
        ben.getByRole(AriaRole.BUTTON, named("Scary")).click();

        assertThat(ben.getByRole(AriaRole.HEADING, named("Thank you for telling."))).isVisible();
        assertThat(ben.getByText("Your teacher has been told.")).isVisible();
        assertThat(demo.inbox("oak.ben")).noneMatch(h -> subject.equals(h.subject()));
        Locator report = teacher.locator(".kiosk-whistle-case").filter(new Locator.FilterOptions()
                .setHasText(subject));
        assertThat(report).isVisible();
        assertThat(report).containsText("Ben T.: Scary");
        assertThat(teacher).hasURL(Pattern.compile(".*/teacher$"));

        report.getByRole(AriaRole.BUTTON, inside("Open")).click();
        assertThat(teacher.locator(".kiosk-mail-body").first()).containsText(SCARY_TEXT);
        assertThat(ben.getByText("Your teacher has seen it.")).hasCount(0);
        teacher.getByRole(AriaRole.BUTTON, named("Mark seen")).click();

        assertThat(ben.getByText("Your teacher has seen it.")).isVisible();
        openEmailFromThanks(ben);
        assertThat(mailRow(ben, subject)).hasCount(0);
        assertThat(ben.locator(".kiosk-my-whistles")).containsText("Your teacher has seen it.");
    }

    @Test
    void avaCanPickOnlyHerClassAndTeacherNeverElmClass() {
        Page ava = pupil("oak.ava", "Ava");
        openEmail(ava);
        ava.getByRole(AriaRole.BUTTON, named("New message")).click();

        Locator to = ava.getByRole(AriaRole.GROUP, named("To"));
        assertThat(to.getByRole(AriaRole.CHECKBOX)).hasCount(6);
        for (String oak : List.of("Ben T.", "Cara M.", "Dev P.", "Ela K.", "Finn O.", "Mrs Okafor")) {
            assertThat(to.getByRole(AriaRole.CHECKBOX, inside(oak))).hasCount(1);
        }
        for (String elm : List.of("Gus R.", "Hana B.", "Ivy L.", "Jay W.", "Mr Ellis")) {
            assertThat(ava.getByText(elm)).hasCount(0);
        }
        assertThat(ava.locator("input[type=email], input[type=file]")).hasCount(0);
    }

    @Test
    void aPupilCannotReadAnotherPupilsMailByAnyAddressOrRequest() throws Exception {
        String secret = DemoMail.unique("Secret");
        demo.send("oak.cara", secret, "Only Ben may read this", "oak.ben");
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.ben").stream()
                .anyMatch(h -> secret.equals(h.subject())));
        long uid = demo.uidOf("oak.ben", secret);
        Page ava = pupil("oak.ava", "Ava");

        for (String address : List.of("/mail/inbox/" + uid, "/mail/sent/" + uid, "/mail/inbox/" + uid + "?user=oak.ben",
                "/mail/oak.ben/" + uid, "/mail/inbox/" + uid + "/oak.ben", "/mail?mailbox=oak.ben@oakfield.example")) {
            try {
                ava.navigate(address);
                // Whatever shows (her own message with that number, or "not found"), it has rendered by now.
                assertThat(ava.locator("h1")).isVisible();
            } catch (PlaywrightException emptyErrorResponse) {
                // An address no route matches ends in an error response with no page at all: nothing to read.
                assertThat(emptyErrorResponse.getMessage()).contains("ERR_HTTP_RESPONSE_CODE_FAILURE");
            }
            assertThat(ava.getByText(secret)).hasCount(0);
            assertThat(ava.getByText("Only Ben may read this")).hasCount(0);
            APIResponse response = ava.request().get(address);
            assertThat(response.text()).doesNotContain(secret).doesNotContain("Only Ben may read this");
        }
    }

    private Page pupil(String username, String firstName) {
        Page page = newComputer();
        logIn(page, username, "demo-pupil");
        page.getByRole(AriaRole.BUTTON, named("I agree")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, " + firstName + "!"))).isVisible();
        return page;
    }

    private static void openEmail(Page page) {
        page.getByRole(AriaRole.BUTTON, named("Email")).click();
        assertThat(page).hasURL(Pattern.compile(".*/mail$"));
    }

    private static void openEmailFromThanks(Page page) {
        page.getByRole(AriaRole.LINK, named("Back to my messages")).click();
        assertThat(page).hasURL(Pattern.compile(".*/mail$"));
    }

    private static void writeTo(Page page, String name, String subject, String text) {
        openEmail(page);
        page.getByRole(AriaRole.BUTTON, named("New message")).click();
        page.getByRole(AriaRole.GROUP, named("To")).getByRole(AriaRole.CHECKBOX, inside(name)).check();
        page.getByLabel("Subject", EXACT).fill(subject);
        page.getByLabel("Message", EXACT).fill(text);
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
