package uk.safekiosk.kiosk.whistle;

/** The picture a pupil taps to say what was wrong with a message. */
public enum WhistleReason {
    UNKIND,
    SCARY,
    RUDE,
    OTHER
}
