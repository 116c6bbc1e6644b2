package uk.safekiosk.kiosk.support;

import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import uk.safekiosk.kiosk.rules.RulesGate;
import uk.safekiosk.kiosk.rules.RulesService;

/** Lets a browserless test's pupil past the rules gate, as if they had pressed "I agree" in this session. */
public final class PupilSession {

    private PupilSession() {
    }

    public static void agreeToRules(RulesGate gate, RulesService rules) {
        gate.markAgreed(VaadinSession.getCurrent(), rules.ruleBook(Locale.UK).version());
    }
}
