package uk.safekiosk.kiosk.pictures;

import java.util.Locale;
import java.util.Optional;

/**
 * The nine pictures of the log-on grid: animals, fruit and objects a five-year-old names at a glance, each a
 * different shape and colour. Drawn as SVG in the theme jar, so nothing is fetched at run time. Stored secrets use
 * {@link #id()}, so a picture may be redrawn but never renamed.
 */
public enum Picture {
    CAT,
    FISH,
    BIRD,
    APPLE,
    BANANA,
    GRAPES,
    STAR,
    HOUSE,
    CAR;

    /** The stable name used in secrets and demo data, e.g. "cat". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What a screen reader says, and the caption on a log-on card. */
    public String wordingKey() {
        return "pictures.name." + id();
    }

    /** The drawing, served from the theme jar. */
    public String source() {
        return "kiosk-theme/pictures/" + id() + ".svg";
    }

    public static Optional<Picture> byId(String id) {
        for (Picture picture : values()) {
            if (picture.id().equals(id)) {
                return Optional.of(picture);
            }
        }
        return Optional.empty();
    }
}
