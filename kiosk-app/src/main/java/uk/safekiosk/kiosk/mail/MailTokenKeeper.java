package uk.safekiosk.kiosk.mail;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import org.springframework.stereotype.Component;
import uk.safekiosk.gateway.roster.MailToken;
import uk.safekiosk.gateway.roster.Member;
import uk.safekiosk.kiosk.roster.Person;

/**
 * The mail secret of whoever is logged on in this browser session. It is minted by the gateway on first use, lives
 * only in the server-side session (never in the browser), and is revoked when the session ends (log-out, idle
 * log-out, expiry). Tokens die when the gateway restarts; {@link #renew} mints a fresh one.
 */
@Component
class MailTokenKeeper implements VaadinServiceInitListener {

    private static final String ATTRIBUTE = MailTokenKeeper.class.getName() + ".token";

    private final InProcessGateway gateway;
    private final Clock clock;

    MailTokenKeeper(InProcessGateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> sessionEnded(destroyed.getSession()));
    }

    /** Log-out, idle log-out or expiry: the session's token stops working at once. */
    void sessionEnded(VaadinSession session) {
        revoke(session);
    }

    /** The live token of {@code me} in the current session; must be called with the session locked (a UI thread). */
    MailToken tokenFor(Person me) {
        VaadinSession session = currentSession();
        MailToken token = (MailToken) session.getAttribute(ATTRIBUTE);
        boolean usable = token != null && token.address().equals(Member.normalise(me.email()))
                && clock.instant().isBefore(token.expiresAt());
        return usable ? token : issue(session, me);
    }

    /** After the gateway refused the token (it restarted): a new one. */
    MailToken renew(Person me) {
        VaadinSession session = currentSession();
        revoke(session);
        return issue(session, me);
    }

    private MailToken issue(VaadinSession session, Person me) {
        revoke(session);
        MailToken token = gateway.gateway().mailTokens().issue(me.email());
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    private void revoke(VaadinSession session) {
        MailToken token = (MailToken) session.getAttribute(ATTRIBUTE);
        if (token != null) {
            session.setAttribute(ATTRIBUTE, null);
            try {
                gateway.gateway().mailTokens().revoke(token);
            } catch (IllegalStateException gatewayStopped) {
                // A stopped gateway has forgotten every token already.
            }
        }
    }

    private static VaadinSession currentSession() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            throw new IllegalStateException("Mail is used from a browser session only");
        }
        return session;
    }
}
