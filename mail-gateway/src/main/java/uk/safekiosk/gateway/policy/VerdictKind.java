package uk.safekiosk.gateway.policy;

import java.util.List;

/** The four outcomes, weakest first: when reasons disagree, the strongest wins. */
enum VerdictKind {
    DELIVER,
    BLOCK,
    HOLD,
    ESCALATE;

    boolean isStrongerThan(VerdictKind other) {
        return compareTo(other) > 0;
    }

    Verdict toVerdict(List<Finding> findings, String explanation) {
        return switch (this) {
            case DELIVER -> new Verdict.Deliver(findings, explanation);
            case BLOCK -> new Verdict.Block(findings, explanation);
            case HOLD -> new Verdict.Hold(findings, explanation);
            case ESCALATE -> new Verdict.Escalate(findings, explanation);
        };
    }
}
