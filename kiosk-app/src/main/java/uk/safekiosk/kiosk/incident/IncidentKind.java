package uk.safekiosk.kiosk.incident;

/** What an incident is about; the wording key {@code incident.kind.<name>} is its category in the log and export. */
public enum IncidentKind {
    /** A pupil blew the whistle on a message they received. */
    WHISTLE,
    /** The gateway held a message for a teacher to read first. */
    HELD_MESSAGE,
    /** The gateway kept a message that may be a disclosure and a grown-up had to be told at once. */
    ESCALATED_MESSAGE
}
