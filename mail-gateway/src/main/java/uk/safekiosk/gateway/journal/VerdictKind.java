package uk.safekiosk.gateway.journal;

import uk.safekiosk.gateway.policy.Verdict;

/** The four verdicts as journal data. */
public enum VerdictKind {
    DELIVER,
    BLOCK,
    HOLD,
    ESCALATE;

    public static VerdictKind of(Verdict verdict) {
        return switch (verdict) {
            case Verdict.Deliver d -> DELIVER;
            case Verdict.Block b -> BLOCK;
            case Verdict.Hold h -> HOLD;
            case Verdict.Escalate e -> ESCALATE;
        };
    }

    /** Kept for staff instead of delivered. */
    public boolean isHeld() {
        return this == HOLD || this == ESCALATE;
    }
}
