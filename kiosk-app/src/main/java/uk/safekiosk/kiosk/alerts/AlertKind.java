package uk.safekiosk.kiosk.alerts;

/** What a staff alert is about; the order is the order of urgency on a teacher's screen. */
public enum AlertKind {
    ESCALATION,
    WHISTLE,
    HELD_MESSAGE,
    WORRYING_SEARCH,
    PAGE_REPORT
}
