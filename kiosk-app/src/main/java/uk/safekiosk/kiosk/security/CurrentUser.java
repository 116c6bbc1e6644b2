package uk.safekiosk.kiosk.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;

/** Who is logged on in this browser, as a roster {@link Person}. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;
    private final RosterService roster;

    CurrentUser(AuthenticationContext authentication, RosterService roster) {
        this.authentication = authentication;
        this.roster = roster;
    }

    public Optional<Person> get() {
        return authentication.getPrincipalName().flatMap(roster::findByUsername);
    }

    public Person require() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody is logged on"));
    }

    public boolean isPupil() {
        return get().map(Person::isPupil).orElse(false);
    }

    /** Ends the session everywhere and returns to the log-on page. */
    public void logOut() {
        authentication.logout();
    }
}
