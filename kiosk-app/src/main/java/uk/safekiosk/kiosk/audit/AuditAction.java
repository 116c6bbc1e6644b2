package uk.safekiosk.kiosk.audit;

/** What happened. Stored by name, so values may be added but never renamed. */
public enum AuditAction {
    // Pupils
    LOGGED_ON,
    RULES_AGREED,
    MAIL_SENT,
    MAIL_BLOCKED,
    MAIL_HELD,
    MAIL_ESCALATED,
    WHISTLE_BLOWN,
    SEARCHED,
    SEARCH_REFUSED,
    PAGE_REPORTED,
    // Staff
    CASE_SEEN,
    CASE_REPLIED,
    CASE_RESOLVED,
    CASE_ESCALATED,
    MAIL_RELEASED,
    MAIL_RETURNED,
    ESCALATION_ACKNOWLEDGED,
    SEARCH_SWITCHED,
    EMAIL_SWITCHED,
    PUPIL_PAUSED,
    PUPIL_UNPAUSED,
    PASSWORD_RESET,
    SCHOOL_HOURS_CHANGED,
    INCIDENTS_EXPORTED,
    PICTURE_LOGON_SWITCHED,
    // Pupils (added later; values are stored by name, so new ones go at the end)
    LOG_ON_REFUSED,
    PUPIL_EMAIL_PAUSED,
    PUPIL_EMAIL_RESUMED
}
