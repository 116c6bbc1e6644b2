package uk.safekiosk.gateway.message;

import java.util.Objects;

/** One stretch of text from a message, with where it came from. */
public record TextPart(TextOrigin origin, String text) {
    public TextPart {
        Objects.requireNonNull(origin, "origin");
        text = text == null ? "" : text;
    }
}
