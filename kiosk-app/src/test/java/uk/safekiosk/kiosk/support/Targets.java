package uk.safekiosk.kiosk.support;

import com.microsoft.playwright.Page;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a finger (or an unsteady mouse hand) has to hit on a screen, measured in the page: every visible control,
 * including those inside Vaadin components' shadow roots, by the box that actually takes the tap.
 */
public final class Targets {

    /** One control: what it is (tag and words) and its size in CSS pixels. */
    public record Target(String what, double width, double height) {
        @Override
        public String toString() {
            return "%s %.0f×%.0f".formatted(what, width, height);
        }
    }

    // The tapped box: a Vaadin checkbox's whole host (its label ticks it too), a text field's input-field part (a tap
    // anywhere in it focuses the input), otherwise the control itself.
    private static final String SMALLER_THAN = """
            ([min, exempt]) => {
              const all = [];
              const walk = root => root.querySelectorAll('*').forEach(e => {
                all.push(e);
                if (e.shadowRoot) walk(e.shadowRoot);
              });
              walk(document);
              const interactive = e =>
                e.matches('a[href], button, input:not([type=hidden]), textarea, select, summary, '
                    + '[role=button], [role=link], [role=checkbox], [role=radio], [role=tab], [role=switch], '
                    + '[part~="clear-button"], [part~="reveal-button"], [part~="toggle-button"]')
                || (e.hasAttribute('tabindex') && e.tabIndex >= 0 && e.getAttribute('role') !== 'dialog');
              const tapped = e => {
                const choice = e.closest('vaadin-checkbox, vaadin-radio-button');
                if (choice) return choice;
                const host = e.parentElement;
                if ((e.tagName === 'INPUT' || e.tagName === 'TEXTAREA') && host && host.shadowRoot) {
                  return host.shadowRoot.querySelector('[part~="input-field"]') || host;
                }
                return e;
              };
              const shown = e => {
                const r = e.getBoundingClientRect();
                const s = getComputedStyle(e);
                return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'
                    && !e.closest('[hidden]') && !e.disabled;
              };
              const name = e => {
                const words = (e.getAttribute('aria-label') || e.innerText || e.value || e.getAttribute('part') || '')
                    .trim().replace(/\\s+/g, ' ').slice(0, 40);
                return e.tagName.toLowerCase() + ' "' + words + '"';
              };
              const seen = new Set();
              return all.filter(e => interactive(e) && !(exempt && e.closest(exempt)))
                .map(e => [e, tapped(e)])
                .filter(([e, box]) => shown(e) && shown(box) && !seen.has(box) && seen.add(box))
                .map(([e, box]) => ({ what: name(e), r: box.getBoundingClientRect() }))
                .filter(t => t.r.width < min || t.r.height < min)
                .map(t => ({ what: t.what, width: t.r.width, height: t.r.height }));
            }""";

    private Targets() {
    }

    /**
     * Every visible control smaller than {@code min}×{@code min} CSS pixels, except those inside
     * {@code exemptSelector} (links inside running text, which WCAG 2.5.8 exempts; {@code null} for none).
     */
    @SuppressWarnings("unchecked")
    public static List<Target> smallerThan(Page page, double min, String exemptSelector) {
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate(SMALLER_THAN,
                Arrays.asList(min, exemptSelector));
        return found.stream().map(t -> new Target(String.valueOf(t.get("what")),
                ((Number) t.get("width")).doubleValue(), ((Number) t.get("height")).doubleValue())).toList();
    }

    /** How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways). */
    public static double sidewaysOverflow(Page page) {
        return ((Number) page.evaluate("() => Math.max(document.documentElement.scrollWidth, "
                + "document.body.scrollWidth) - document.documentElement.clientWidth")).doubleValue();
    }
}
