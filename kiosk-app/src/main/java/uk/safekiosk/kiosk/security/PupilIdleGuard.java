package uk.safekiosk.kiosk.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.WrappedSession;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.safekiosk.kiosk.speech.ReadAloud;

/**
 * Watches one pupil browser tab: after a quiet spell it asks "Are you still there?", then logs the pupil out so the
 * next child at the computer never sees their screen. The server decides; the browser only reports activity.
 */
final class PupilIdleGuard {

    private static final Logger log = LoggerFactory.getLogger(PupilIdleGuard.class);
    static final String ACTIVITY_EVENT = "kiosk-activity";

    private final UI ui;
    private final WrappedSession httpSession;
    private final IdleTimings timings;
    private final Clock clock;
    private volatile Instant lastActivity;
    private volatile boolean warned;
    private volatile boolean loggingOut;
    private Dialog warning;

    PupilIdleGuard(UI ui, WrappedSession httpSession, IdleTimings timings, Clock clock) {
        this.ui = ui;
        this.httpSession = httpSession;
        this.timings = timings;
        this.clock = clock;
        this.lastActivity = clock.instant();
    }

    /** Wires the browser's activity reports to this guard; runs in the UI thread. */
    void install() {
        ui.getElement().addEventListener(ACTIVITY_EVENT, event -> touch());
        ui.addBeforeEnterListener(event -> touch());
        ui.getPage().executeJs("""
                const target = $0, every = $1;
                let last = 0;
                const ping = () => {
                  const now = Date.now();
                  if (now - last >= every) { last = now; target.dispatchEvent(new CustomEvent($2)); }
                };
                ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel'].forEach(
                  name => document.addEventListener(name, ping, { passive: true, capture: true }));
                """, ui.getElement(), timings.pingInterval().toMillis(), ACTIVITY_EVENT);
    }

    /**
     * Called by the sweeper, off the UI thread. Log-out takes two sweeps: first the browser is sent to the idle
     * log-out address (pushed while the session still exists), then the session is ended here too, in case that
     * browser has gone away.
     *
     * @return false once this guard has nothing more to do
     */
    boolean sweep() {
        if (loggingOut) {
            invalidate();
            return false;
        }
        if (!isAttached()) {
            return false;
        }
        switch (timings.stateAt(lastActivity, clock.instant())) {
            case EXPIRED -> {
                loggingOut = true;
                ui.access(() -> ui.getPage().setLocation(IdleLogoutServlet.PATH.substring(1)));
            }
            case WARNING -> {
                if (!warned) {
                    warned = true;
                    ui.access(this::showWarning);
                }
            }
            case ACTIVE -> { }
        }
        return true;
    }

    private boolean isAttached() {
        return !ui.isClosing() && ui.isAttached();
    }

    private void touch() {
        lastActivity = clock.instant();
        if (warned) {
            warned = false;
            if (warning != null) {
                warning.close();
            }
        }
    }

    private void showWarning() {
        if (warning == null) {
            Button here = new Button(ui.getTranslation("idle.still-here"), click -> touch());
            here.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            String question = ui.getTranslation("idle.question");
            warning = new Dialog(new H2(question), new ReadAloud(question), here);
            warning.addClassName("kiosk-idle-warning");
            warning.setCloseOnOutsideClick(false);
        }
        warning.open();
    }

    private void invalidate() {
        try {
            httpSession.invalidate();
        } catch (IllegalStateException alreadyGone) {
            log.debug("Session already ended", alreadyGone);
        }
    }
}
