package uk.safekiosk.gateway.journal;

/** What staff decided about a held message. */
public enum HeldOutcome {
    /** Delivered after all, as rebuilt plain text. */
    RELEASED,
    /** Not delivered; the sender is told. */
    RETURNED
}
