package uk.safekiosk.kiosk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.kiosk.mail.InProcessGateway;
import uk.safekiosk.kiosk.support.BrowserIT;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.support.FakeSpeech;

/**
 * "Read to me" in real Chromium with the browser's speech synthesis replaced by a recording fake: what is read, in
 * which language and voice, that it stays hidden without voices, and that reading sends nothing anywhere.
 */
class ReadAloudIT extends BrowserIT {

    @Autowired
    InProcessGateway gateway;

    @Test
    void eachRuleAndAllTheRulesAreReadInEnglishWithABritishVoiceAndNothingIsSent() {
        Page page = newComputer();
        FakeSpeech.install(page, FakeSpeech.AMERICAN, FakeSpeech.ENGLISH, FakeSpeech.WELSH);
        List<Request> requests = new CopyOnWriteArrayList<>();
        logIn(page, "oak.ava", "demo-pupil");
        assertThat(page).hasURL(Pattern.compile(".*/rules$"));
        Locator firstRule = page.getByRole(AriaRole.LISTITEM).first();
        String sentence = firstRule.locator(".kiosk-rule-text").textContent();
        page.onRequest(requests::add);

        firstRule.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Read to me")).click();

        assertThat(FakeSpeech.spoken(page)).containsExactly(Map.of("cancel", true),
                Map.of("text", sentence, "lang", "en-GB", "voice", "Fake British"));
        page.getByRole(AriaRole.BUTTON, named("Read all the rules to me")).click();
        String all = (String) FakeSpeech.lastSaid(page).get("text");
        assertThat(all).startsWith("Our rules. Read our rules with a grown-up. Then press I agree.");
        for (String rule : page.locator(".kiosk-rule-text").allTextContents()) {
            assertThat(all).contains(rule);
        }
        assertThat(FakeSpeech.spoken(page)).filteredOn(said -> said.containsKey("cancel")).hasSize(2);
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.url()).startsWith("http://localhost:" + port);
            assertThat(String.valueOf(request.postData())).doesNotContain(sentence);
        });
    }

    @Test
    void withNoVoicesTheButtonsStayHiddenUntilTheBrowserLoadsSome() {
        Page page = newComputer();
        FakeSpeech.install(page);
        logIn(page, "oak.ben", "demo-pupil");
        Locator speakers = page.locator(".kiosk-read-aloud");
        assertThat(page.getByRole(AriaRole.BUTTON, named("I agree"))).isVisible();
        assertThat(speakers).hasCount(13);
        for (Locator speaker : speakers.all()) {
            assertThat(speaker).isHidden();
        }

        FakeSpeech.offer(page, FakeSpeech.ENGLISH);

        for (Locator speaker : speakers.all()) {
            assertThat(speaker).isVisible();
        }
    }

    @Test
    void aBrowserWithoutSpeechShowsNoSpeakerAndEverythingElseWorks() {
        Page page = newComputer();
        FakeSpeech.remove(page);
        logIn(page, "oak.cara", "demo-pupil");
        assertThat(page.getByRole(AriaRole.BUTTON, named("I agree"))).isVisible();
        assertThat(page.locator(".kiosk-read-aloud").first()).isHidden();

        page.getByRole(AriaRole.BUTTON, named("I agree")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Cara!"))).isVisible();
        assertThat(page.locator(".kiosk-read-aloud")).isHidden();
    }

    @Test
    void theGatewaysAnswerToABlockedMessageIsReadAloud() {
        Page page = pupil("oak.dev", "Dev");
        page.getByRole(AriaRole.BUTTON, named("Email")).click();
        page.getByRole(AriaRole.BUTTON, named("New message")).click();
        page.getByRole(AriaRole.GROUP, named("To")).getByRole(AriaRole.CHECKBOX,
                new Locator.GetByRoleOptions().setName("Ela K.").setExact(true)).check();
        page.getByLabel("Subject", EXACT).fill(DemoMail.unique("Phone"));
        page.getByLabel("Message", EXACT).fill("my number is 07700 900123");
        page.getByRole(AriaRole.BUTTON, named("Send")).click();
        Locator answer = page.getByRole(AriaRole.ALERT);
        assertThat(answer).containsText("phone number");

        answer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Read to me")).click();

        assertThat(FakeSpeech.lastSaid(page)).containsEntry("text", answer.locator("p").textContent())
                .containsEntry("lang", "en-GB");
    }

    @Test
    void aMessageIsReadWithWhoSentItAndWhatItSays() throws Exception {
        DemoMail demo = new DemoMail(gateway.gateway());
        String subject = DemoMail.unique("Kites");
        demo.send("oak.ava", subject, "Bring your kite tomorrow", "oak.ela");
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.ela").stream()
                .anyMatch(h -> subject.equals(h.subject())));
        Page page = pupil("oak.ela", "Ela");
        page.getByRole(AriaRole.BUTTON, named("Email")).click();
        page.locator("a.kiosk-mail-row").filter(new Locator.FilterOptions().setHasText(subject)).click();

        page.locator(".kiosk-mail-header").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Read to me")).click();

        assertThat(FakeSpeech.lastSaid(page))
                .containsEntry("text", "From Ava S. " + subject + ". Bring your kite tomorrow.");
    }

    private Page pupil(String username, String firstName) {
        Page page = newComputer();
        FakeSpeech.install(page, FakeSpeech.ENGLISH);
        logIn(page, username, "demo-pupil");
        page.getByRole(AriaRole.BUTTON, named("I agree")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, " + firstName + "!"))).isVisible();
        return page;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
