package uk.safekiosk.gateway.policy;

/** Why a message was stopped. The names are a contract (CLI output, journal, teacher console). */
public enum ReasonCode {
    PHONE,
    POSTCODE,
    ADDRESS,
    EMAIL,
    SOCIAL,
    MEET,
    PASSWORD,
    LINK,
    OFFENSIVE,
    BULLYING,
    SELFHARM,
    ATTACHMENT,
    MALFORMED
}
