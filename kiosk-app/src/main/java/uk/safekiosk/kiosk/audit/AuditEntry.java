package uk.safekiosk.kiosk.audit;

import java.time.Instant;

/**
 * One line of the audit: who ({@code actor}, a username or "system"), did what, to or about whom ({@code subject}, a
 * username, may be null), in which class, when, with a short plain-text detail.
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String subject, Long classId,
                         String detail) {
}
