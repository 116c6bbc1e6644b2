package uk.safekiosk.kiosk.rules;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.rules.ui.RulesView;
import uk.safekiosk.kiosk.security.CurrentUser;

/**
 * Until a pupil agrees to the current rules in this session, every route (typed URLs included) leads back to the
 * rules. Staff never see the gate. The agreement lives in the session, so every log-on asks again.
 */
@Component
public class RulesGate implements VaadinServiceInitListener {

    private static final String AGREED_VERSION = RulesGate.class.getName() + ".agreedVersion";

    private final CurrentUser currentUser;
    private final RulesService rules;

    RulesGate(CurrentUser currentUser, RulesService rules) {
        this.currentUser = currentUser;
        this.rules = rules;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::guard));
    }

    private void guard(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == RulesView.class || !currentUser.isPupil()) {
            return;
        }
        if (!hasAgreed(VaadinSession.getCurrent(), event.getUI().getLocale())) {
            event.forwardTo(RulesView.class);
        }
    }

    public boolean hasAgreed(VaadinSession session, Locale locale) {
        return session != null && currentBook(locale).version().equals(session.getAttribute(AGREED_VERSION));
    }

    /** The rules the logged-on pupil must agree to: in the school's language, short ones in the KS1 layout. */
    public RuleBook currentBook(Locale locale) {
        return rules.ruleBookFor(currentUser.require(), locale);
    }

    /** Called once the agreement is recorded. */
    public void markAgreed(VaadinSession session, String version) {
        session.setAttribute(AGREED_VERSION, version);
    }
}
