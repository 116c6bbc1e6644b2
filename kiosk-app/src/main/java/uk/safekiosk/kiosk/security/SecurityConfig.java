package uk.safekiosk.kiosk.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import uk.safekiosk.kiosk.security.ui.LoginView;
import uk.safekiosk.kiosk.shell.ui.LostView;

@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<LogOnMethod> methods, UserDetailsService users,
                                            LogOnRules rules) throws Exception {
        // The log-on page is styled too, so the theme must load before anyone is authenticated; the two addresses that
        // end a session (idle, refused by a log-on rule) must work whether or not it has ended already.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/kiosk-theme/**", IdleLogoutServlet.PATH,
                LogOnEndedServlet.PATH).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        http.with(new LogOnMethods(methods, users, rules), Customizer.withDefaults());
        // An address that is no page at all is refused before Vaadin sees it, with an empty 403 a browser shows as
        // its own error; a child typing a wrong address should get the kind not-found page instead.
        http.exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
            if ("GET".equals(request.getMethod()) && String.valueOf(request.getHeader("Accept")).contains("text/html")) {
                response.sendRedirect(request.getContextPath() + LostView.PATH);
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        }));
        return http.build();
    }

    /**
     * Username and password, then the school's {@link LogOnRule}s (paused pupil, school hours, …). A person whose
     * class logs on another way (pictures) is refused here even with the right password, so that way stays the only
     * door to their account.
     */
    @Bean
    AuthenticationProvider passwordLogOn(UserDetailsService users, PasswordEncoder encoder, LogOnRules rules,
                                         List<LogOnMethod> methods) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isCredentialsNonExpired()) {
                throw new CredentialsExpiredException("Password expired");
            }
            for (LogOnMethod method : methods) {
                method.refusePassword(user.getUsername()).ifPresent(refusal -> {
                    throw new LogOnRefusedException(refusal);
                });
            }
            rules.check(user.getUsername());
        });
        return provider;
    }

    /** bcrypt today; the delegating encoder lets a school move to Argon2 later without resetting passwords. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
