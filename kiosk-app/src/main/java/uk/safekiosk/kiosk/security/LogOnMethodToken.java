package uk.safekiosk.kiosk.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A log-on attempt through a {@link LogOnMethod}, before it is checked. */
final class LogOnMethodToken extends AbstractAuthenticationToken {

    private final transient LogOnMethod method;
    private final String username;
    private String secret;

    LogOnMethodToken(LogOnMethod method, String username, String secret) {
        super(List.of());
        this.method = method;
        this.username = username;
        this.secret = secret;
        setAuthenticated(false);
    }

    LogOnMethod method() {
        return method;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public Object getCredentials() {
        return secret;
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        secret = null;
    }
}
