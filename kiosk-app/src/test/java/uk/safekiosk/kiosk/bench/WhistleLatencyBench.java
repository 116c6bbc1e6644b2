package uk.safekiosk.kiosk.bench;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.kiosk.mail.InProcessGateway;
import uk.safekiosk.kiosk.support.BrowserIT;
import uk.safekiosk.kiosk.support.DemoMail;

/**
 * Whistle latency, on demand only ({@code -Pbench}; never part of the normal test run): from the click on the reason
 * in the pupil's Chromium to the report being on screen in the teacher's Chromium, pushed, without reloading.
 *
 * <p>Both pages take their timestamps from {@code performance.timeOrigin + performance.now()} (the machine's clock,
 * sub-millisecond): the pupil's in a capturing click listener, so before the kiosk's own handler runs; the teacher's
 * in the first animation frame after a mutation observer sees the report's subject in the "Whistle reports" list.
 * Each run whistles a fresh message delivered through the gateway. Results go to standard output and to
 * {@code target/bench/whistle-latency.txt}.
 */
class WhistleLatencyBench extends BrowserIT {

    private static final int RUNS = Integer.getInteger("bench.runs", 60);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 5);

    private static final String WATCH_TEACHER = """
            token => {
              window.__benchAt = null;
              const list = document.querySelector('.kiosk-whistle-reports');
              const observer = new MutationObserver(() => {
                if (window.__benchAt === null && list.textContent.includes(token)) {
                  observer.disconnect();
                  requestAnimationFrame(() => { window.__benchAt = performance.timeOrigin + performance.now(); });
                }
              });
              observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            }""";
    private static final String WATCH_CLICK = """
            () => {
              window.__benchClickAt = null;
              document.addEventListener('click', () => {
                if (window.__benchClickAt === null) {
                  window.__benchClickAt = performance.timeOrigin + performance.now();
                }
              }, { capture: true, once: true });
            }""";

    @Autowired
    InProcessGateway gateway;

    @Test
    void whistleLatencyFromThePupilsClickToTheTeachersScreen() throws Exception {
        DemoMail demo = new DemoMail(gateway.gateway());
        Page teacher = newComputer(1280, 900);
        logIn(teacher, "oak.teacher", "demo-teacher");
        assertThat(teacher.getByRole(AriaRole.HEADING, named("Whistle reports"))).isVisible();
        Page ben = newComputer();
        logIn(ben, "oak.ben", "demo-pupil");
        ben.getByRole(AriaRole.BUTTON, named("I agree")).click();
        assertThat(ben.getByRole(AriaRole.HEADING, named("Hello, Ben!"))).isVisible();

        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            String subject = DemoMail.unique("Bench");
            demo.send("oak.ava", subject, "There is a ghost under your bed tonight", "oak.ben");
            await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox("oak.ben").stream()
                    .anyMatch(h -> subject.equals(h.subject())));
            ben.navigate("/mail");
            ben.locator("a.kiosk-mail-row").filter(new Locator.FilterOptions().setHasText(subject)).click();
            ben.getByRole(AriaRole.BUTTON, named("Whistle")).click();
            Locator scary = ben.getByRole(AriaRole.BUTTON, named("Scary"));
            assertThat(scary).isVisible();

            teacher.evaluate(WATCH_TEACHER, subject);
            ben.evaluate(WATCH_CLICK);
            scary.click();
            teacher.waitForFunction("() => window.__benchAt !== null");
            double clickAt = ((Number) ben.evaluate("() => window.__benchClickAt")).doubleValue();
            double seenAt = ((Number) teacher.evaluate("() => window.__benchAt")).doubleValue();
            assertThat(ben.getByRole(AriaRole.HEADING, named("Thank you for telling."))).isVisible();
            if (run >= WARM_UP) {
                millis.add(seenAt - clickAt);
            }
        }

        assertThat(millis).hasSize(RUNS).allSatisfy(ms -> assertThat(ms).isPositive());
        report(millis);
    }

    private static void report(List<Double> millis) throws Exception {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        String summary = String.format(Locale.ROOT,
                "whistle latency, pupil click -> report on the teacher's screen, %d runs (after %d warm-up): "
                        + "p50 %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms, mean %.1f ms%n",
                sorted.length, WARM_UP, percentile(sorted, 50), percentile(sorted, 95), sorted[0],
                sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(0));
        System.out.print(summary);
        Path out = Path.of("target", "bench", "whistle-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, summary + "runs (ms): " + millis + System.lineSeparator());
    }

    /** Nearest-rank percentile. */
    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
