package uk.safekiosk.kiosk.mail;

/** What happened to a message the pupil sent; the gateway's answer decides all but {@link NotSent}. */
public sealed interface SendOutcome {

    /** Delivered to everyone it was for. */
    record Sent() implements SendOutcome {}

    /** Accepted and kept for the teacher to read first. */
    record Held() implements SendOutcome {}

    /** Accepted, kept for staff, and a grown-up was told at once. */
    record Escalated() implements SendOutcome {}

    /** The gateway refused it with these words for the child; the text stays for them to edit. */
    record Refused(String explanation) implements SendOutcome {}

    /** The kiosk did not send it. */
    record NotSent(Problem problem) implements SendOutcome {}

    enum Problem {
        /** The teacher has switched the class's email off. */
        EMAIL_RESTING,
        /** Nobody was picked. */
        NO_RECIPIENT,
        /** The gateway could not be reached. */
        UNAVAILABLE
    }
}
