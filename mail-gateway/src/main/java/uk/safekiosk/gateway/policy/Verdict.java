package uk.safekiosk.gateway.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What happens to a message. Every verdict carries the findings behind it and a short, kind explanation for the child
 * (from content, never from code).
 */
public sealed interface Verdict {

    List<Finding> findings();

    String explanation();

    /** The verdict's contract name: DELIVER, BLOCK, HOLD or ESCALATE. */
    default String name() {
        return switch (this) {
            case Deliver d -> "DELIVER";
            case Block b -> "BLOCK";
            case Hold h -> "HOLD";
            case Escalate e -> "ESCALATE";
        };
    }

    /** Distinct reason codes, in the order they were found. */
    default Set<ReasonCode> reasons() {
        Set<ReasonCode> reasons = new LinkedHashSet<>();
        findings().forEach(f -> reasons.add(f.reason()));
        return reasons;
    }

    record Deliver(List<Finding> findings, String explanation) implements Verdict {
        public Deliver {
            findings = List.copyOf(findings);
        }
    }

    /** Refused at SMTP; the child can edit and send again. */
    record Block(List<Finding> findings, String explanation) implements Verdict {
        public Block {
            findings = List.copyOf(findings);
        }
    }

    /** Kept for a teacher to read first; never put in a pupil's mailbox. */
    record Hold(List<Finding> findings, String explanation) implements Verdict {
        public Hold {
            findings = List.copyOf(findings);
        }
    }

    /** Held and a grown-up alerted at once (disclosures of harm). */
    record Escalate(List<Finding> findings, String explanation) implements Verdict {
        public Escalate {
            findings = List.copyOf(findings);
        }
    }
}
