package uk.safekiosk.kiosk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import uk.safekiosk.kiosk.incident.EscalationLadder;
import uk.safekiosk.kiosk.incident.IncidentFilter;
import uk.safekiosk.kiosk.incident.IncidentView;
import uk.safekiosk.kiosk.incident.Incidents;
import uk.safekiosk.kiosk.mail.InProcessGateway;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.support.BrowserIT;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.support.TestClock;
import uk.safekiosk.kiosk.support.TestClockConfiguration;

/** The teacher console in real Chromium: held mail released, a case resolved and exported, the escalation ladder. */
@Import(TestClockConfiguration.class)
class TeacherConsoleIT extends BrowserIT {

    @Autowired
    InProcessGateway gateway;
    @Autowired
    TestClock clock;
    @Autowired
    EscalationLadder ladder;
    @Autowired
    Incidents incidents;
    @Autowired
    RosterService roster;

    private DemoMail demo;

    @BeforeEach
    void setUp() {
        demo = new DemoMail(gateway.gateway());
    }

    @Test
    void aHeldMessageIsReadAsTextReleasedAndArrives() throws Exception {
        Page teacher = staff("oak.teacher", "demo-teacher");
        assertThat(teacher.getByRole(AriaRole.HEADING, named("Held messages"))).isVisible();
        String subject = DemoMail.unique("Playground");
        Page ava = pupil("oak.ava", "Ava");
        openEmail(ava);
        ava.getByRole(AriaRole.BUTTON, named("New message")).click();
        ava.getByRole(AriaRole.GROUP, named("To")).getByRole(AriaRole.CHECKBOX, inside("Ben T.")).check();
        ava.getByLabel("Subject", EXACT).fill(subject);
        ava.getByLabel("Message", EXACT).fill("Ben you are so stupid at football");
        ava.getByRole(AriaRole.BUTTON, named("Send")).click();
        assertThat(ava.getByText("Your teacher will read this first.")).isVisible();

        Locator row = teacher.locator(".kiosk-held-row").filter(new Locator.FilterOptions().setHasText(subject));
        assertThat(row).isVisible();
        assertThat(row).containsText("Ava S. to Ben T.");
        row.getByRole(AriaRole.BUTTON, inside("Open")).click();
        assertThat(teacher.getByRole(AriaRole.HEADING, named("Held message"))).isVisible();
        assertThat(teacher.locator(".kiosk-held-text mark").first()).hasText("you are so stupid");
        screenshot(teacher, "console-held-message");
        teacher.getByRole(AriaRole.BUTTON, named("Release")).click();
        assertThat(teacher.getByText("Released: it is on its way as plain text.")).isVisible();

        Page ben = pupil("oak.ben", "Ben");
        openEmail(ben);
        Locator arrived = ben.locator("a.kiosk-mail-row").filter(new Locator.FilterOptions().setHasText(subject));
        assertThat(arrived).isVisible();
        arrived.click();
        assertThat(ben.getByText("Ben you are so stupid at football")).isVisible();
    }

    @Test
    void aResolvedCaseShowsInTheIncidentLogAndTheCsvExport() throws Exception {
        String subject = DemoMail.unique("Ghost");
        demo.send("oak.cara", subject, "A ghost lives under your bed", "oak.dev");
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.dev").stream()
                .anyMatch(h -> subject.equals(h.subject())));
        Page teacher = staff("oak.teacher", "demo-teacher");
        Page dev = pupil("oak.dev", "Dev");
        openEmail(dev);
        dev.locator("a.kiosk-mail-row").filter(new Locator.FilterOptions().setHasText(subject)).click();
        dev.getByRole(AriaRole.BUTTON, named("Whistle")).click();
        dev.getByRole(AriaRole.BUTTON, named("Scary")).click();
        assertThat(dev.getByText("Your teacher has been told.")).isVisible();

        Locator report = teacher.locator(".kiosk-whistle-case").filter(new Locator.FilterOptions()
                .setHasText(subject));
        report.getByRole(AriaRole.BUTTON, inside("Open")).click();
        assertThat(teacher.getByRole(AriaRole.HEADING, named("Whistle report"))).isVisible();
        teacher.getByRole(AriaRole.BUTTON, named("Mark seen")).click();
        assertThat(teacher.locator(".kiosk-case-status")).containsText("Seen by Mrs Okafor");
        assertThat(dev.getByText("Your teacher has seen it.")).isVisible();
        teacher.getByLabel("Outcome", EXACT).fill("Talked to Cara and Dev together; Cara apologised.");
        teacher.getByRole(AriaRole.BUTTON, named("Resolve")).click();
        assertThat(teacher.locator(".kiosk-case-status")).containsText("Resolved");
        screenshot(teacher, "console-whistle-case");

        teacher.getByRole(AriaRole.LINK, named("Incident log")).click();
        assertThat(teacher).hasURL(Pattern.compile(".*/teacher/incidents$"));
        Locator devRow = teacher.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Online safety: whistle report"));
        assertThat(devRow.first()).isVisible();
        assertThat(teacher.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Resolved")).first()).isVisible();
        devRow.first().click();
        assertThat(teacher.locator(".kiosk-incident-details").first()).containsText(subject);
        assertThat(teacher.locator(".kiosk-incident-details").first())
                .containsText("): Talked to Cara and Dev together; Cara apologised.");
        screenshot(teacher, "console-incident-log");

        Download download = teacher.waitForDownload(() -> teacher.getByRole(AriaRole.BUTTON, named("Export CSV"))
                .click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(download.suggestedFilename()).endsWith(".csv");
        assertThat(csv).contains("\"Pupil\"", "\"Actions taken\"", "\"Dev P.\"", "\"Cara M.\"", subject,
                "Mrs Okafor: Marked seen", "\"Talked to Cara and Dev together; Cara apologised.\"");
    }

    @Test
    void anUnacknowledgedEscalationAlertsAgainWithAToneUntilTheDslAcknowledges() throws Exception {
        Page dsl = staff("dsl", "demo-dsl");
        String subject = DemoMail.unique("Tonight");

        demo.send("elm.hana", subject, "sometimes i want to hurt myself", "elm.gus");

        Locator item = dsl.locator(".kiosk-escalation").filter(new Locator.FilterOptions().setHasText("Hana B."));
        assertThat(item).isVisible();
        assertThat(item).hasAttribute("data-alerts", "1");
        assertThat(dsl.locator(".kiosk-escalations")).containsText("Escalated to the DSL");
        int tonesBefore = tones(dsl);
        assertThat(tonesBefore).as("a tone for the new escalation").isGreaterThanOrEqualTo(1);
        screenshot(dsl, "console-escalation");

        clock.advance(Duration.ofMinutes(11));
        ladder.check();

        assertThat(item).hasAttribute("data-alerts", "2");
        assertThat(item).containsText("Alerted 2 times");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> tones(dsl) > tonesBefore);

        item.getByRole(AriaRole.BUTTON, inside("Acknowledge")).click();
        // The banner hides as a whole when nothing waits any more.
        assertThat(item).isHidden();
        assertThat(dsl.locator(".kiosk-escalations")).isHidden();
        clock.advance(Duration.ofMinutes(11));
        ladder.check();
        LocalDate today = LocalDate.now(clock);
        IncidentView escalation = incidents.search(roster.findByUsername("dsl").orElseThrow(),
                IncidentFilter.days(today.minusDays(1), today)).stream()
                .filter(i -> i.summary().contains(subject)).findFirst().orElseThrow();
        assertThat(escalation.escalation().alerts()).as("no alert after the acknowledgement").isEqualTo(2);
        assertThat(escalation.escalation().acknowledgedBy()).isEqualTo("Ms Shah");
    }

    private static int tones(Page page) {
        Object count = page.evaluate("() => window.kioskTones || 0");
        return ((Number) count).intValue();
    }

    private Page staff(String username, String password) {
        Page page = newComputer(1280, 900);
        logIn(page, username, password);
        // The first log-on after start-up can take a while on a busy machine: the page's own timeout, not 5 s.
        page.waitForURL(Pattern.compile(".*/teacher$"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Whistle reports"))).isVisible();
        return page;
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

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Locator.GetByRoleOptions inside(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }
}
