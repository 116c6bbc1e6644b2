package uk.safekiosk.gateway.roster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-session mail secrets the kiosk mints when a member logs on and revokes when they log off. Only a digest
 * of each secret is kept, in memory: a gateway restart ends every kiosk mail session (the kiosk mints new ones).
 */
public final class MailTokens {

    private static final int SECRET_BYTES = 32;

    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random;
    private final Map<String, Grant> grantsByDigest = new ConcurrentHashMap<>();

    public MailTokens(Clock clock, Duration lifetime) {
        this(clock, lifetime, new SecureRandom());
    }

    MailTokens(Clock clock, Duration lifetime, SecureRandom random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("Token lifetime must be positive: " + lifetime);
        }
        this.lifetime = lifetime;
        this.random = random;
    }

    /** Mints a new secret for {@code address}; any earlier tokens of that member keep working until revoked. */
    public MailToken issue(String address) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(lifetime);
        String normalised = Member.normalise(address);
        grantsByDigest.put(digest(secret), new Grant(normalised, expiresAt));
        return new MailToken(normalised, secret, expiresAt);
    }

    public void revoke(MailToken token) {
        grantsByDigest.remove(digest(token.secret()));
    }

    /** Ends every kiosk mail session of a member (log-off everywhere, account locked). */
    public void revokeAll(String address) {
        String normalised = Member.normalise(address);
        grantsByDigest.values().removeIf(grant -> grant.address().equals(normalised));
    }

    /** True when {@code secret} is a live token minted for exactly this address. */
    boolean accepts(String address, String secret) {
        Grant grant = grantsByDigest.get(digest(secret));
        if (grant == null) {
            return false;
        }
        if (!clock.instant().isBefore(grant.expiresAt())) {
            grantsByDigest.remove(digest(secret));
            return false;
        }
        return grant.address().equals(Member.normalise(address));
    }

    private static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private record Grant(String address, Instant expiresAt) {}
}
