package uk.safekiosk.kiosk.security;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import uk.safekiosk.kiosk.roster.RosterService;

/**
 * Where the browser of someone a {@link LogOnRule} now refuses is sent: ends the session in the browser's own request,
 * then shows the log-on page with the reason, as a refused log-on would. Anyone not refused just goes home.
 */
final class LogOnEndedServlet extends HttpServlet {

    static final String PATH = "/log-on-ended";
    /** Relative to the application, for the browser. */
    static final String ADDRESS = PATH.substring(1);

    private final transient LogOnRules rules;
    private final transient RosterService roster;

    LogOnEndedServlet(LogOnRules rules, RosterService roster) {
        this.rules = rules;
        this.roster = roster;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        Optional<LogOnRefusal> refusal = who == null ? Optional.empty()
                : roster.findByUsername(who.getName()).flatMap(rules::refusal);
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

    @Configuration
    static class Registration {
        @Bean
        ServletRegistrationBean<LogOnEndedServlet> logOnEndedServlet(LogOnRules rules, RosterService roster) {
            return new ServletRegistrationBean<>(new LogOnEndedServlet(rules, roster), PATH);
        }
    }
}
