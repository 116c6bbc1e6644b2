package uk.safekiosk.kiosk.security;

import java.util.List;
import java.util.Optional;

/**
 * A way to log on besides the typed password (pictures, …), contributed by a feature as a Spring bean. The feature
 * owns its page and knows whether a secret is right; security owns everything around it, the same as for passwords:
 * the page's form posts {@link #USERNAME} and {@link #SECRET} (with the CSRF token) to {@code "/" + path()}, then the
 * lock-out, the {@link LogOnRule}s, session fixation protection, the failed-attempt count and the success redirect.
 * A failed attempt returns to {@code "/" + path() + "?username=…&error"}, with the reason in the session as for the
 * password form.
 */
public interface LogOnMethod {

    String USERNAME = "username";
    String SECRET = "secret";
    String ERROR = "error";

    /** The method's page and the address its form posts to, e.g. "login/pictures". */
    String path();

    /** Wording key of the big button the log-on page shows for this method. */
    String entryWordingKey();

    /** Pictures (static resource paths) that decorate that button. */
    List<String> entryImages();

    /** Whether the log-on page offers the method now (e.g. some class logs on with pictures). */
    boolean offered();

    /** Whether this secret is right for this account; never called for an account that is locked. */
    boolean secretMatches(String username, String secret);

    /** Why this person may not log on with a typed password, when this method is theirs instead. */
    Optional<LogOnRefusal> refusePassword(String username);
}
