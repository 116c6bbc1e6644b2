package uk.safekiosk.kiosk.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import uk.safekiosk.kiosk.classroom.PupilControls;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.support.KioskViewTest;

/** A session a log-on rule now refuses ends in the browser's own request, and the log-on page can say why. */
class LogOnEndedServletTest extends KioskViewTest {

    @Autowired
    LogOnRules rules;
    @Autowired
    RosterService roster;
    @Autowired
    PupilControls pupils;
    @Autowired
    Clock clock;

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse visit(String username, MockHttpServletRequest request) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        MockHttpServletResponse response = new MockHttpServletResponse();
        new LogOnEndedServlet(rules, roster).doGet(request, response);
        return response;
    }

    @Test
    void endsAPausedPupilsSessionAndKeepsTheReasonForTheLogOnPage() throws Exception {
        Person teacher = roster.findByUsername("elm.teacher").orElseThrow();
        pupils.pause(teacher, "elm.ivy", clock.instant().plus(Duration.ofMinutes(10)));
        try {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/log-on-ended");
            HttpSession before = request.getSession(true);

            MockHttpServletResponse response = visit("elm.ivy", request);

            assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
            assertThat(request.getSession(false)).isNotSameAs(before);
            assertThat(request.getSession(false).getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                    .isInstanceOfSatisfying(LogOnRefusedException.class,
                            e -> assertThat(e.refusal().wordingKey()).isEqualTo("login.paused"));
            assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        } finally {
            pupils.lift(teacher, "elm.ivy");
        }
    }

    @Test
    void sendsAnyoneNotRefusedHomeWithTheirSessionIntact() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/log-on-ended");
        HttpSession session = request.getSession(true);

        MockHttpServletResponse response = visit("elm.ivy", request);

        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        assertThat(request.getSession(false)).isSameAs(session);
    }
}
