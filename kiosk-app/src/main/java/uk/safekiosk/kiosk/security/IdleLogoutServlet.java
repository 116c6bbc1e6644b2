package uk.safekiosk.kiosk.security;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Where an idle pupil's browser is sent: ends the session in the browser's own request (so nothing of the pupil
 * survives, whatever the push connection does), then shows the log-on page with a kind note.
 */
final class IdleLogoutServlet extends HttpServlet {

    static final String PATH = "/idle-logout";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + "/login?idle");
    }

    @Configuration
    static class Registration {
        @Bean
        ServletRegistrationBean<IdleLogoutServlet> idleLogoutServlet() {
            return new ServletRegistrationBean<>(new IdleLogoutServlet(), PATH);
        }
    }
}
