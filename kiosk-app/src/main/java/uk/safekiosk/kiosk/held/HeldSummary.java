package uk.safekiosk.kiosk.held;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import uk.safekiosk.gateway.policy.ReasonCode;

/**
 * A message the gateway kept for staff, as the list shows it.
 *
 * @param id        the gateway's id for it
 * @param escalated kept because it may be a disclosure (the DSL was alerted), not only held
 * @param classId   the sender's class: its teachers decide, the DSL sees all
 */
public record HeldSummary(String id, Instant receivedAt, String senderName, List<String> recipientNames,
                          String subject, boolean escalated, Set<ReasonCode> reasons, Long classId) {
    public HeldSummary {
        recipientNames = List.copyOf(recipientNames);
        reasons = Set.copyOf(reasons);
    }
}
