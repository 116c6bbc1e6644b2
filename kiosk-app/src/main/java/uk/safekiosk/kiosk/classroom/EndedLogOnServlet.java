package uk.safekiosk.kiosk.classroom;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.security.LogOnRefusal;
import uk.safekiosk.kiosk.security.LogOnRefusedException;

/**
 * Where a paused pupil's browser is sent: ends the session in the browser's own request, then shows the log-on page
 * with the reason, as a refused log-on would. Anyone not (or no longer) refused just goes home.
 */
final class EndedLogOnServlet extends HttpServlet {

    static final String PATH = "/log-on-ended";
    /** Relative to the application, for the browser. */
    static final String ADDRESS = PATH.substring(1);

    private final transient OpenSessionCheck check;
    private final transient RosterService roster;
    private final transient Clock clock;

    EndedLogOnServlet(OpenSessionCheck check, RosterService roster, Clock clock) {
        this.check = check;
        this.roster = roster;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        Optional<LogOnRefusal> refusal = who == null ? Optional.empty()
                : roster.findByUsername(who.getName()).filter(Person::isPupil)
                        .flatMap(pupil -> check.refusal(pupil, clock.instant()));
        if (refusal.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        request.getSession(true).setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LogOnRefusedException(refusal.get()));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
