package uk.safekiosk.kiosk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** Takes the POST of one {@link LogOnMethod}'s page, as the password form's filter takes the typed password. */
final class LogOnMethodFilter extends AbstractAuthenticationProcessingFilter {

    private final LogOnMethod method;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    LogOnMethodFilter(LogOnMethod method) {
        super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/" + method.path()));
        this.method = method;
        setAuthenticationFailureHandler(this::backToTheMethodPage);
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        LogOnMethodToken attempt = new LogOnMethodToken(method, username(request),
                request.getParameter(LogOnMethod.SECRET));
        attempt.setDetails(authenticationDetailsSource.buildDetails(request));
        return getAuthenticationManager().authenticate(attempt);
    }

    /**
     * A failed attempt goes back to the same person on the method's page (a child should not start again from the
     * class list), with the reason kept in the session as the password form keeps it.
     */
    private void backToTheMethodPage(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException failure) throws IOException {
        // The failure carries the attempt; the session keeps the failure for the page, but not the secret.
        if (failure.getAuthenticationRequest() instanceof CredentialsContainer attempt) {
            attempt.eraseCredentials();
        }
        request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        redirect.sendRedirect(request, response, "/" + method.path() + "?" + LogOnMethod.USERNAME + "="
                + URLEncoder.encode(username(request), StandardCharsets.UTF_8) + "&" + LogOnMethod.ERROR);
    }

    private static String username(HttpServletRequest request) {
        String username = request.getParameter(LogOnMethod.USERNAME);
        return username == null ? "" : username.strip().toLowerCase();
    }
}
