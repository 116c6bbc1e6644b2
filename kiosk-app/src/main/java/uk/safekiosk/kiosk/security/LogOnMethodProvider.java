package uk.safekiosk.kiosk.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Checks a {@link LogOnMethod} attempt the way the password form is checked: a locked account is refused before the
 * secret is looked at, a wrong secret is a bad credential (so {@code LoginAttempts} counts it towards the same lock),
 * and only a right secret reaches the {@link LogOnRules}. The result has the same shape as a password log-on.
 * Deliberately not a bean: a second {@code AuthenticationProvider} bean would stop Spring from using the password
 * provider globally.
 */
final class LogOnMethodProvider implements AuthenticationProvider {

    private final UserDetailsService users;
    private final LogOnRules rules;

    LogOnMethodProvider(UserDetailsService users, LogOnRules rules) {
        this.users = users;
        this.rules = rules;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        LogOnMethodToken attempt = (LogOnMethodToken) authentication;
        UserDetails user = load(attempt.getName());
        if (!user.isAccountNonLocked()) {
            throw new LockedException("Account locked");
        }
        Object secret = attempt.getCredentials();
        if (secret == null || !attempt.method().secretMatches(user.getUsername(), secret.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        rules.check(user.getUsername());
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(attempt.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return LogOnMethodToken.class.isAssignableFrom(authentication);
    }

    /** An unknown name fails like a wrong secret, so the answer tells a stranger nothing. */
    private UserDetails load(String username) {
        try {
            return users.loadUserByUsername(username);
        } catch (UsernameNotFoundException unknown) {
            throw new BadCredentialsException("Bad credentials", unknown);
        }
    }
}
