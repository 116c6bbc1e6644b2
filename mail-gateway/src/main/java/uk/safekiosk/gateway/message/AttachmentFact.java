package uk.safekiosk.gateway.message;

import java.util.Objects;

/** A fact about non-text content: what kind, and what it called itself (never opened, never delivered). */
public record AttachmentFact(AttachmentKind kind, String fileName, String contentType, long sizeBytes) {
    public AttachmentFact {
        Objects.requireNonNull(kind, "kind");
        fileName = fileName == null ? "" : fileName;
        contentType = contentType == null ? "" : contentType;
    }
}
