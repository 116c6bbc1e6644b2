package uk.safekiosk.kiosk.mail;

import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.policy.ReasonCode;

/**
 * What the live check found while a pupil writes: the reason, and where (the subject or the message, from
 * {@code start} inclusive to {@code end} exclusive).
 */
public record LiveHint(ReasonCode reason, TextOrigin origin, int start, int end) {
}
