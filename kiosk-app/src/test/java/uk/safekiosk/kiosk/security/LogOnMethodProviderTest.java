package uk.safekiosk.kiosk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.Role;
import uk.safekiosk.kiosk.roster.RosterService;

class LogOnMethodProviderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private final FixedSecretMethod method = new FixedSecretMethod("right");
    private final Map<String, UserDetails> accounts = Map.of(
            "gus", User.withUsername("gus").password("{noop}x").roles("PUPIL").build(),
            "ivy", User.withUsername("ivy").password("{noop}x").roles("PUPIL").accountLocked(true).build());
    private final UserDetailsService users = username -> {
        UserDetails user = accounts.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no");
        }
        return user;
    };

    private LogOnMethodProvider provider(LogOnRule... rules) {
        RosterService roster = mock(RosterService.class);
        when(roster.findByUsername("gus")).thenReturn(Optional.of(
                new Person(1, "gus", "Gus R.", "gus@school.example", Role.PUPIL, 2L, "Elm Class")));
        return new LogOnMethodProvider(users, new LogOnRules(List.of(rules), roster, mock(AuditLog.class), mock(Words.class), CLOCK));
    }

    @Test
    void theRightSecretLogsOnWithTheAccountsRoles() {
        Authentication result = provider().authenticate(new LogOnMethodToken(method, "gus", "right"));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getName()).isEqualTo("gus");
        assertThat(result.getPrincipal()).isInstanceOf(UserDetails.class);
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_PUPIL");
    }

    @Test
    void aWrongSecretIsABadCredentialSoItCountsTowardsTheLock() {
        assertThatThrownBy(() -> provider().authenticate(new LogOnMethodToken(method, "gus", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aLockedAccountIsRefusedBeforeTheSecretIsLookedAt() {
        assertThatThrownBy(() -> provider().authenticate(new LogOnMethodToken(method, "ivy", "right")))
                .isInstanceOf(LockedException.class);
        assertThat(method.asked).isEmpty();
    }

    @Test
    void anUnknownNameFailsLikeAWrongSecret() {
        assertThatThrownBy(() -> provider().authenticate(new LogOnMethodToken(method, "nobody", "right")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aMissingSecretIsWrong() {
        assertThatThrownBy(() -> provider().authenticate(new LogOnMethodToken(method, "gus", null)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(method.asked).isEmpty();
    }

    @Test
    void theLogOnRulesAreAskedOnlyAfterTheSecretWasRight() {
        List<String> ruleAsked = new ArrayList<>();
        LogOnRule paused = (person, now) -> {
            ruleAsked.add(person.username());
            return Optional.of(LogOnRefusal.of("test.paused", "12:00"));
        };
        LogOnMethodProvider provider = provider(paused);

        assertThatThrownBy(() -> provider.authenticate(new LogOnMethodToken(method, "gus", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(ruleAsked).isEmpty();
        assertThatThrownBy(() -> provider.authenticate(new LogOnMethodToken(method, "gus", "right")))
                .isInstanceOfSatisfying(LogOnRefusedException.class,
                        refused -> assertThat(refused.refusal().wordingKey()).isEqualTo("test.paused"));
        assertThat(ruleAsked).containsExactly("gus");
    }

    @Test
    void onlyTakesLogOnMethodAttempts() {
        assertThat(provider().supports(LogOnMethodToken.class)).isTrue();
        assertThat(provider().supports(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.class)).isFalse();
    }

    @Test
    void theSecretIsForgottenAfterwards() {
        LogOnMethodToken attempt = new LogOnMethodToken(method, "gus", "right");
        attempt.eraseCredentials();
        assertThat(attempt.getCredentials()).isNull();
    }
}
