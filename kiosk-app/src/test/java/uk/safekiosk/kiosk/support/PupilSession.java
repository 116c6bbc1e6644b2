package uk.safekiosk.kiosk.support;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import uk.safekiosk.kiosk.rules.RulesGate;
import uk.safekiosk.kiosk.rules.RulesService;

/**
 * Lets a browserless test's pupil past the rules gate, as if they had pressed "I agree" in this session (to the rules
 * of their own layout and the screen's language).
 */
public final class PupilSession {

    private PupilSession() {
    }

    public static void agreeToRules(RulesGate gate, RulesService rules) {
        gate.markAgreed(VaadinSession.getCurrent(), gate.currentBook(UI.getCurrent().getLocale()).version());
    }
}
