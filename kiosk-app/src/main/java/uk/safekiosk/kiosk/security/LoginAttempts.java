package uk.safekiosk.kiosk.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.roster.RosterService;

/** Repeated wrong passwords lock an account for a short while (a guess-the-password game stops being fun). */
@Component
class LoginAttempts {

    private final RosterService roster;

    LoginAttempts(RosterService roster) {
        this.roster = roster;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        roster.recordFailedLogin(String.valueOf(event.getAuthentication().getName()).strip().toLowerCase());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        roster.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
