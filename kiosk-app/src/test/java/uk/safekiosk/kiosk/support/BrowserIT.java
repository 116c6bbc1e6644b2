package uk.safekiosk.kiosk.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * End-to-end tests in Debian's Chromium driven by Playwright, against the app started on a random port with a fresh
 * data directory. Playwright never downloads a browser here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.mail.smtp-port=0", "kiosk.mail.imap-port=0",
                // A run across the end of the school day must not switch the demo school's Search off under it.
                "kiosk.search-auto-off=false"})
// One data directory for all browser tests: a context must close (releasing the mail journal's lock) before a test
// class with other properties starts the next one on it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class BrowserIT {

    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    protected static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private static Playwright playwright;
    protected static Browser browser;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @LocalServerPort
    protected int port;

    /** Called once per Spring context, so each context (and its mail journal) gets a data directory of its own. */
    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        Path dataDir = TestDataDirectory.create("browser");
        registry.add("kiosk.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A separate browser (cookies, storage) as if at another computer in the ICT suite. */
    protected Page newComputer(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        return context.newPage();
    }

    protected Page newComputer() {
        return newComputer(1024, 768);
    }

    protected static void logIn(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("Username", EXACT).fill(username);
        page.getByLabel("Password", EXACT).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    /**
     * Logs on as a child in a picture class does: "Pictures", the class, their name, then their three pictures in
     * order (for the demo pupils: {@link DemoPictures#of}).
     */
    protected static void logInWithPictures(Page page, String className, String pupilName, List<String> pictures) {
        page.navigate("/login");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pictures")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(className)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(pupilName)).click();
        for (String picture : pictures) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(picture).setExact(true)).click();
        }
    }

    protected static Path screenshot(Page page, String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    private static Path chromium() {
        for (String candidate : List.of(System.getenv().getOrDefault("CHROMIUM", ""), "/usr/bin/chromium",
                "/usr/bin/chromium-browser")) {
            if (!candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("Chromium not found: install Debian's chromium (apt-get install chromium) "
                + "or set CHROMIUM to its path");
    }
}
