package uk.safekiosk.kiosk.mail;

import java.util.Locale;

/** Someone a message is from or to: their address and the name a child knows them by. */
public record Correspondent(String address, String name) {

    public Correspondent {
        address = address == null ? "" : address;
        name = name == null || name.isBlank() ? address : name.strip();
    }

    /** What a child sees in place of a photo: the first letter of the name. */
    public String initial() {
        return name.isEmpty() ? "?" : name.substring(0, 1).toUpperCase(Locale.ROOT);
    }
}
