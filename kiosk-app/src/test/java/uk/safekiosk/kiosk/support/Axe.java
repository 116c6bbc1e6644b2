package uk.safekiosk.kiosk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core run inside the page under test against WCAG 2.0, 2.1 and 2.2 levels A and AA. The script comes from the
 * test classpath (Deque's jar on Maven Central) and is injected by Playwright, so the browser fetches nothing.
 *
 * <p>One line per screen: {@code Axe.assertNoViolations(page, "inbox")}.
 */
public final class Axe {

    /** The WCAG levels the kiosk promises: A and AA of 2.0, 2.1 and 2.2. */
    public static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** One broken rule on one element: the rule, how bad, what to fix, where, and axe's own summary. */
    public record Violation(String rule, String impact, String help, String target, String html, String summary) {
        @Override
        public String toString() {
            return "%s (%s): %s%n    at %s%n    %s%n    %s".formatted(rule, impact, help, target, html,
                    summary.replace("\n", "\n    "));
        }
    }

    private static final String SCRIPT = load();

    // Shadow-DOM targets are arrays of selectors (host, then inside): joined with ">>>" so they read as one path.
    private static final String RUN = """
            async (tags) => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: tags },
                resultTypes: ['violations']
              });
              const path = t => Array.isArray(t) ? t.join(' >>> ') : t;
              return result.violations.flatMap(v => v.nodes.map(n => ({
                rule: v.id, impact: v.impact || '', help: v.help,
                target: n.target.map(path).join(' '),
                html: (n.html || '').slice(0, 200),
                summary: n.failureSummary || ''
              })));
            }""";

    private Axe() {
    }

    /** Every WCAG 2.2 AA violation axe finds on the page as it is now. */
    @SuppressWarnings("unchecked")
    public static List<Violation> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SCRIPT));
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate(RUN, WCAG_AA);
        return found.stream().map(v -> new Violation(text(v, "rule"), text(v, "impact"), text(v, "help"),
                text(v, "target"), text(v, "html"), text(v, "summary"))).toList();
    }

    /** Fails with every violation spelled out (rule, impact, element, what to fix) when the screen has any. */
    public static void assertNoViolations(Page page, String screen) {
        List<Violation> found = violations(page);
        assertThat(found)
                .withFailMessage(() -> "axe found %d WCAG 2.2 AA violation(s) on %s (%s):%n%s".formatted(
                        found.size(), screen, page.url(),
                        found.stream().map(Violation::toString).collect(Collectors.joining("\n"))))
                .isEmpty();
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : value.toString();
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath "
                        + "(dependency com.deque.html.axe-core:playwright)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
