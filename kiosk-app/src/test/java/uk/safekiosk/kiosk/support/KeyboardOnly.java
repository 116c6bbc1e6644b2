package uk.safekiosk.kiosk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Moving through a page as a keyboard user does: Tab (or Shift+Tab) until the wanted control has focus, failing if it
 * is never reached, and checking that the focused control shows a focus indicator.
 */
public final class KeyboardOnly {

    /** More stops than any kiosk screen has: a control not reached by then cannot be reached at all. */
    private static final int MOST_PRESSES = 40;

    // True when the focus is on the element or inside it (a Vaadin field's slotted <input>, a host's shadow root).
    private static final String HAS_FOCUS = """
            el => {
              for (let a = document.activeElement; a; a = a.shadowRoot && a.shadowRoot.activeElement) {
                if (a === el) return true;
              }
              return el.contains(document.activeElement);
            }""";

    private static final String FOCUSED = """
            () => {
              const e = document.activeElement;
              if (!e || e === document.body) return 'page';
              const field = e.tagName === 'INPUT' || e.tagName === 'TEXTAREA';
              const label = e.labels && e.labels.length ? e.labels[0].innerText : '';
              const name = (e.getAttribute('aria-label') || label || (field ? '' : e.innerText) || '')
                  .trim().replace(/\\s+/g, ' ').slice(0, 30);
              return e.tagName.toLowerCase() + ' "' + name + '"';
            }""";

    // A focus indicator is an outline (at least 2px) or a box-shadow that is there only while the control has focus:
    // read on the element, its ancestors up to the nearest custom element (a Vaadin component) and that component's
    // shadow parts (Lumo draws some rings on a part, e.g. a text field's input-field). Read focused, then with the
    // focus moved away for a moment, then the focus is put back as it was (by keyboard, so focus-visible again).
    private static final String RINGS = """
            el => {
              const nodes = [];
              let host = el;
              for (let n = el; n; n = n.parentElement) {
                nodes.push(n);
                if (n.tagName.includes('-')) { host = n; break; }
              }
              if (host.shadowRoot) nodes.push(...host.shadowRoot.querySelectorAll('[part]'));
              const look = () => nodes.map(n => {
                const s = getComputedStyle(n);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
                    ? s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor : 'none';
                return { outline, shadow: s.boxShadow };
              });
              const name = n => n.tagName.toLowerCase()
                  + (n.getAttribute('part') ? '::part(' + n.getAttribute('part') + ')' : '');
              const focused = look();
              const active = document.activeElement;
              active.blur();
              const unfocused = look();
              active.focus({ focusVisible: true });
              return nodes.flatMap((n, i) => {
                const rings = [];
                if (focused[i].outline !== 'none' && focused[i].outline !== unfocused[i].outline) {
                  rings.push(name(n) + ' outline ' + focused[i].outline);
                }
                if (focused[i].shadow !== 'none' && focused[i].shadow !== unfocused[i].shadow) {
                  rings.push(name(n) + ' box-shadow ' + focused[i].shadow);
                }
                return rings;
              });
            }""";

    // The focused element itself: inside a shadow root when a component keeps its focus there.
    private static final String ACTIVE = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              return a;
            }""";

    private KeyboardOnly() {
    }

    /** Presses Tab until {@code target} has focus, then checks it shows that it has. */
    public static void tabTo(Page page, Locator target) {
        moveTo(page, target, "Tab");
    }

    /** Presses Shift+Tab until {@code target} has focus, then checks it shows that it has. */
    public static void shiftTabTo(Page page, Locator target) {
        moveTo(page, target, "Shift+Tab");
    }

    /** Whether {@code target} (or something inside it) has the keyboard focus now. */
    public static boolean hasFocus(Locator target) {
        return Boolean.TRUE.equals(target.evaluate(HAS_FOCUS));
    }

    /** What draws the focus ring on {@code target} now (empty when nothing shows that it has focus). */
    @SuppressWarnings("unchecked")
    public static List<String> focusRings(Locator target) {
        return (List<String>) target.evaluate(RINGS);
    }

    /** Every Tab stop of a page in order, and those of them that showed no focus indicator. */
    public record FocusTour(List<String> stops, List<String> withoutRing) {
    }

    /**
     * Tabs through every stop of the page from the top, once round, noting each stop and whether it shows a focus
     * indicator. Ends when the focus leaves the page or comes back to a stop already seen.
     */
    public static FocusTour tour(Page page) {
        List<String> stops = new ArrayList<>();
        List<String> unringed = new ArrayList<>();
        // Tab past the last stop first (at least once: with nothing focused, Tab still starts from the last place
        // clicked), so the round starts at the top of the page.
        int presses = 0;
        do {
            page.keyboard().press("Tab");
        } while (++presses < MOST_PRESSES && !"page".equals(page.evaluate(FOCUSED)));
        page.evaluate("() => { window.__kioskStops = new Set(); }");
        for (int stop = 0; stop < MOST_PRESSES; stop++) {
            page.keyboard().press("Tab");
            String focused = String.valueOf(page.evaluate(FOCUSED));
            boolean again = Boolean.TRUE.equals(page.evaluate("""
                    () => {
                      const a = (%s)();
                      if (!a || a === document.body || window.__kioskStops.has(a)) return true;
                      window.__kioskStops.add(a);
                      return false;
                    }""".formatted(ACTIVE)));
            if (again) {
                break;
            }
            stops.add(focused);
            @SuppressWarnings("unchecked")
            List<String> rings = (List<String>) page.evaluate("() => (%s)((%s)())".formatted(RINGS, ACTIVE));
            if (rings.isEmpty()) {
                unringed.add(focused);
            }
        }
        return new FocusTour(stops, unringed);
    }

    private static void moveTo(Page page, Locator target, String key) {
        target.waitFor();
        List<String> stops = new ArrayList<>();
        for (int presses = 0; presses < MOST_PRESSES && !hasFocus(target); presses++) {
            page.keyboard().press(key);
            stops.add(String.valueOf(page.evaluate(FOCUSED)));
        }
        assertThat(hasFocus(target))
                .withFailMessage("%s: %s never reached %s; the focus went %s", page.url(), key, target, stops)
                .isTrue();
        assertThat(focusRings(target))
                .withFailMessage("%s: %s has focus but shows no focus indicator", page.url(), target)
                .isNotEmpty();
    }
}
