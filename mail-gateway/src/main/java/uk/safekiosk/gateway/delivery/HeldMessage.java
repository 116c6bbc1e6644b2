package uk.safekiosk.gateway.delivery;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safekiosk.gateway.events.MessageSummary;
import uk.safekiosk.gateway.journal.VerdictKind;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;

/**
 * A message kept for staff: never put in a pupil's mailbox unless released, and then only as rebuilt text.
 *
 * @param verdict HOLD or ESCALATE
 * @param rfc822  the original message exactly as it was sent (a copy on each call)
 */
public record HeldMessage(
        MessageSummary message, VerdictKind verdict, List<Finding> findings, String explanation, byte[] rfc822) {

    public HeldMessage {
        findings = List.copyOf(findings);
        rfc822 = rfc822.clone();
    }

    @Override
    public byte[] rfc822() {
        return rfc822.clone();
    }

    public Set<ReasonCode> reasons() {
        return findings.stream().map(Finding::reason).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
