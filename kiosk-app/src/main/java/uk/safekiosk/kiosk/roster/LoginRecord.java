package uk.safekiosk.kiosk.roster;

import java.time.Instant;

/** What log-on needs to know about an account; the hash never leaves the server. */
public record LoginRecord(String username, String passwordHash, Role role, Instant lockedUntil) {
}
