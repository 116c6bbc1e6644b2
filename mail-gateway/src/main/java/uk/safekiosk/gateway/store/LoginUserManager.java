package uk.safekiosk.gateway.store;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.user.UserManager;
import uk.safekiosk.gateway.roster.MailLogin;

/**
 * GreenMail's users, with IMAP log-on decided by the gateway's {@link MailLogin} and never creating a user on the fly
 * (GreenMail's default for unknown log-ins when authentication is off).
 */
final class LoginUserManager extends UserManager {

    private final MailLogin login;

    LoginUserManager(ImapHostManager hostManager, MailLogin login) {
        super(hostManager);
        this.login = login;
        setAuthRequired(true);
    }

    @Override
    public boolean test(String userId, String password) {
        return hasUser(userId) && login.authenticate(userId, password).isPresent();
    }
}
