package uk.safekiosk.kiosk.support;

import com.microsoft.playwright.Page;

/**
 * Lets a screen finish moving before it is judged: a dialog caught half-way through fading in or out has faint text,
 * and axe rightly reports its contrast (seen in CI on the whistle dialog). Endless animations (a spinner) are not
 * waited for.
 */
public final class Animations {

    // Chromium's document.getAnimations() leaves out animations inside shadow roots, which is where a Vaadin
    // overlay fades, so every element is asked, shadow roots included. Each round starts two frames on, so an
    // animation the last click (or its server round trip) started is registered; one ending may start another.
    private static final String SETTLE = """
            async () => {
              const moving = () => {
                const found = [];
                const walk = root => root.querySelectorAll('*').forEach(e => {
                  found.push(...e.getAnimations());
                  if (e.shadowRoot) walk(e.shadowRoot);
                });
                walk(document);
                return found.filter(a => a.playState === 'running' && a.effect
                    && Number.isFinite(a.effect.getComputedTiming().endTime));
              };
              for (let round = 0; round < 20; round++) {
                await new Promise(frame => requestAnimationFrame(() => requestAnimationFrame(frame)));
                const running = moving();
                if (running.length === 0) return;
                await Promise.all(running.map(a => a.finished.catch(() => null)));
              }
            }""";

    private Animations() {
    }

    /** Returns once every animation and transition with an end, anywhere on the page, has ended. */
    public static void settle(Page page) {
        page.evaluate(SETTLE);
    }
}
