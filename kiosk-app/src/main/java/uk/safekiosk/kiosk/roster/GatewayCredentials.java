package uk.safekiosk.kiosk.roster;

import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.safekiosk.gateway.roster.Credentials;
import uk.safekiosk.gateway.roster.Member;

/**
 * Lets a mail client outside the kiosk (Thunderbird, swaks) log on with the member's own kiosk password. A locked
 * account stays locked here too. The policy is enforced at SMTP whatever client connects.
 */
@Component
class GatewayCredentials implements Credentials {

    private final MemberRepository members;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    GatewayCredentials(MemberRepository members, PasswordEncoder passwordEncoder, Clock clock) {
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public boolean verify(String address, String password) {
        if (address == null || password == null) {
            return false;
        }
        return members.findByEmailIgnoreCase(Member.normalise(address))
                .filter(m -> !m.isLockedAt(clock.instant()))
                .map(m -> passwordEncoder.matches(password, m.getPasswordHash()))
                .orElse(false);
    }
}
