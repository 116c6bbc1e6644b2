package uk.safekiosk.kiosk.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import uk.safekiosk.kiosk.roster.RosterService;

@Service
class RosterUserDetailsService implements UserDetailsService {

    private final RosterService roster;
    private final Clock clock;

    RosterUserDetailsService(RosterService roster, Clock clock) {
        this.roster = roster;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var record = roster.loginRecord(username.strip().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(record.username())
                .password(record.passwordHash())
                .roles(record.role().name())
                .accountLocked(record.lockedUntil() != null && clock.instant().isBefore(record.lockedUntil()))
                .build();
    }
}
