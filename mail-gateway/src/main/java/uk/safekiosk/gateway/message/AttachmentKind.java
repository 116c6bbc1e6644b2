package uk.safekiosk.gateway.message;

/** Ways content other than plain text can ride along in a message. Any of them means the message is held. */
public enum AttachmentKind {
    /** Any non-text MIME part, whatever its disposition. */
    PART,
    INLINE_IMAGE,
    DATA_URI,
    CID_REFERENCE,
    EMBEDDED_MESSAGE,
    TNEF,
    UUENCODED_BLOCK,
    BASE64_BLOCK
}
