package uk.safekiosk.gateway.message;

/** Where a piece of text in a message came from; rules scan all of them, so nothing can hide in an odd corner. */
public enum TextOrigin {
    SUBJECT,
    BODY,
    /** Text in HTML that a reader would not see (CSS-hidden, tiny, same colour, comments). */
    HIDDEN,
    /** alt and title attributes of images and links. */
    ALT_TEXT,
    /** href and src targets. */
    LINK_TARGET,
    /** A file name of an attachment or part. */
    FILE_NAME
}
