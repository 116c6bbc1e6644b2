package uk.safekiosk.kiosk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.roster.RosterService;

class LogOnMethodFilterTest {

    private final FixedSecretMethod method = new FixedSecretMethod("right");
    private final UserDetailsService users = username -> {
        if (!username.equals("gus")) {
            throw new UsernameNotFoundException("no");
        }
        return User.withUsername("gus").password("{noop}x").roles("PUPIL").build();
    };

    private LogOnMethodFilter filter() {
        LogOnMethodFilter filter = new LogOnMethodFilter(method);
        filter.setAuthenticationManager(new ProviderManager(new LogOnMethodProvider(users,
                new LogOnRules(List.of(), mock(RosterService.class), mock(AuditLog.class),
                mock(Words.class), Clock.systemUTC()))));
        filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        return filter;
    }

    private static MockHttpServletRequest post(String username, String secret) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login/test");
        request.setServletPath("/login/test");
        request.setParameter(LogOnMethod.USERNAME, username);
        request.setParameter(LogOnMethod.SECRET, secret);
        return request;
    }

    @Test
    void aWrongSecretGoesBackToTheSamePersonOnTheMethodsPageWithoutKeepingTheSecret()
            throws IOException, ServletException {
        MockHttpServletRequest request = post(" Gus ", "wrong");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter().doFilter(request, response, new MockFilterChain());

        assertThat(response.getRedirectedUrl()).isEqualTo("/login/test?username=gus&error");
        Object failure = request.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(failure).isInstanceOf(BadCredentialsException.class);
        assertThat(((AuthenticationException) failure).getAuthenticationRequest().getCredentials()).isNull();
    }

    @Test
    void theRightSecretLogsOnInANewSession() throws IOException, ServletException {
        MockHttpServletRequest request = post("gus", "right");
        String before = request.getSession().getId();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter().doFilter(request, response, new MockFilterChain());

        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        assertThat(request.getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void onlyAPostToTheMethodsAddressIsTaken() throws IOException, ServletException {
        MockHttpServletRequest get = new MockHttpServletRequest("GET", "/login/test");
        get.setServletPath("/login/test");
        MockFilterChain chain = new MockFilterChain();

        filter().doFilter(get, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).as("passed on to Vaadin, which shows the page").isSameAs(get);
        assertThat(method.asked).isEmpty();
    }
}
