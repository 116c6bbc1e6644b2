package uk.safekiosk.kiosk.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import java.util.List;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Adds a filter for each {@link LogOnMethod}, wired from the same shared pieces as the password form's filter: the
 * session authentication strategy (session fixation protection and a fresh CSRF token), the security context
 * repository (the session), the Vaadin success handler (the saved request, else the home page) and the
 * authentication manager whose events count failed attempts.
 */
final class LogOnMethods extends AbstractHttpConfigurer<LogOnMethods, HttpSecurity> {

    private final List<LogOnMethod> methods;
    private final UserDetailsService users;
    private final LogOnRules rules;

    LogOnMethods(List<LogOnMethod> methods, UserDetailsService users, LogOnRules rules) {
        this.methods = List.copyOf(methods);
        this.users = users;
        this.rules = rules;
    }

    @Override
    public void init(HttpSecurity http) {
        if (!methods.isEmpty()) {
            http.authenticationProvider(new LogOnMethodProvider(users, rules));
        }
    }

    @Override
    public void configure(HttpSecurity http) {
        for (LogOnMethod method : methods) {
            LogOnMethodFilter filter = new LogOnMethodFilter(method);
            filter.setAuthenticationManager(http.getSharedObject(AuthenticationManager.class));
            VaadinSavedRequestAwareAuthenticationSuccessHandler success =
                    http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
            filter.setAuthenticationSuccessHandler(
                    success != null ? success : new SavedRequestAwareAuthenticationSuccessHandler());
            SessionAuthenticationStrategy session = http.getSharedObject(SessionAuthenticationStrategy.class);
            if (session != null) {
                filter.setSessionAuthenticationStrategy(session);
            }
            SecurityContextRepository contexts = http.getSharedObject(SecurityContextRepository.class);
            filter.setSecurityContextRepository(contexts != null ? contexts : new DelegatingSecurityContextRepository(
                    new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
            filter.setSecurityContextHolderStrategy(getSecurityContextHolderStrategy());
            http.addFilterBefore(postProcess(filter), UsernamePasswordAuthenticationFilter.class);
        }
    }
}
