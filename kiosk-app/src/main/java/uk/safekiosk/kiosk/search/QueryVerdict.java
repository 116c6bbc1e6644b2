package uk.safekiosk.kiosk.search;

/** What happens to a search. The names are a contract (the {@code check-queries} command, the search log). */
public enum QueryVerdict {
    /** Search the vetted pages. */
    ALLOW,
    /** A friendly "let's look for something else"; the teacher can see it. */
    BLOCK,
    /** The child may need help: a kind message to talk to a grown-up, and the teacher is alerted at once. */
    ESCALATE
}
