package uk.safekiosk.gateway.events;

import java.util.Set;
import uk.safekiosk.gateway.policy.ReasonCode;

/** Something the kiosk may want to tell a teacher about. */
public sealed interface GatewayEvent {

    MessageSummary message();

    /** The rebuilt plain-text message reached every recipient. */
    record Delivered(MessageSummary message) implements GatewayEvent {}

    /** Refused at SMTP; the sender saw the explanation. */
    record Blocked(MessageSummary message, Set<ReasonCode> reasons, String explanation) implements GatewayEvent {
        public Blocked {
            reasons = Set.copyOf(reasons);
        }
    }

    /** Kept for staff to read first. */
    record Held(MessageSummary message, Set<ReasonCode> reasons) implements GatewayEvent {
        public Held {
            reasons = Set.copyOf(reasons);
        }
    }

    /** Kept for staff, and a grown-up must be told at once. */
    record Escalated(MessageSummary message, Set<ReasonCode> reasons) implements GatewayEvent {
        public Escalated {
            reasons = Set.copyOf(reasons);
        }
    }

    /** A member of staff released a held message; it is delivered as rebuilt plain text. */
    record Released(MessageSummary message, String by) implements GatewayEvent {}

    /** A member of staff returned a held message; it is never delivered. */
    record Returned(MessageSummary message, String by) implements GatewayEvent {}
}
