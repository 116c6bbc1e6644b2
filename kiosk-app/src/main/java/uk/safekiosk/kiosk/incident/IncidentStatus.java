package uk.safekiosk.kiosk.incident;

/** Where an incident stands. */
public enum IncidentStatus {
    OPEN,
    /** Escalated to the DSL (whether or not they have acknowledged it yet). */
    ESCALATED,
    RESOLVED
}
