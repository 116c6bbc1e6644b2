package uk.safekiosk.gateway.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MailLoginTest {

    private final Member ada = new Member("ada@s.test", "Ada", Role.PUPIL, Set.of("6L"));
    private final Member ben = new Member("ben@s.test", "Ben", Role.PUPIL, Set.of("6L"));
    private final Roster roster = new Roster() {
        @Override
        public Optional<Member> find(String address) {
            return Optional.ofNullable(Map.of(ada.address(), ada, ben.address(), ben).get(Member.normalise(address)));
        }

        @Override
        public List<Member> members() {
            return List.of(ada, ben);
        }
    };
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T08:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final MailTokens tokens = new MailTokens(clock, Duration.ofHours(8));
    private final MailLogin login = new MailLogin(roster, (address, password) ->
            address.equals(ben.address()) && password.equals("bens-own-password"), tokens);

    @Test
    void acceptsATokenOnlyForTheMemberItWasIssuedTo() {
        MailToken token = tokens.issue("ADA@s.test");

        assertThat(login.authenticate("ada@s.test", token.secret())).contains(ada);
        assertThat(login.authenticate("ben@s.test", token.secret())).isEmpty();
    }

    @Test
    void stopsAcceptingATokenWhenRevokedOrExpired() {
        MailToken revoked = tokens.issue(ada.address());
        MailToken expiring = tokens.issue(ada.address());
        tokens.revoke(revoked);

        assertThat(login.authenticate(ada.address(), revoked.secret())).isEmpty();
        assertThat(login.authenticate(ada.address(), expiring.secret())).contains(ada);
        now.set(now.get().plus(Duration.ofHours(8)));
        assertThat(login.authenticate(ada.address(), expiring.secret())).isEmpty();
    }

    @Test
    void revokesEveryTokenOfAMemberAtOnce() {
        MailToken one = tokens.issue(ada.address());
        MailToken two = tokens.issue(ada.address());
        MailToken bens = tokens.issue(ben.address());

        tokens.revokeAll(ada.address());

        assertThat(login.authenticate(ada.address(), one.secret())).isEmpty();
        assertThat(login.authenticate(ada.address(), two.secret())).isEmpty();
        assertThat(login.authenticate(ben.address(), bens.secret())).contains(ben);
    }

    @Test
    void acceptsAMembersOwnPasswordThroughTheCredentialsPort() {
        assertThat(login.authenticate("ben@s.test", "bens-own-password")).contains(ben);
        assertThat(login.authenticate("ada@s.test", "bens-own-password")).isEmpty();
    }

    @Test
    void refusesAnyoneNotOnTheRosterAndEmptySecrets() {
        MailToken token = tokens.issue("stranger@s.test");

        assertThat(login.authenticate("stranger@s.test", token.secret())).isEmpty();
        assertThat(login.authenticate(ada.address(), "")).isEmpty();
        assertThat(login.authenticate(null, "x")).isEmpty();
    }

    @Test
    void mintsADifferentLongSecretEachTime() {
        String first = tokens.issue(ada.address()).secret();
        String second = tokens.issue(ada.address()).secret();

        assertThat(first).isNotEqualTo(second).hasSizeGreaterThanOrEqualTo(43);
        assertThat(tokens.issue(ada.address()).toString()).doesNotContain(first);
    }
}
