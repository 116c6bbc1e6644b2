package uk.safekiosk.kiosk.search;

import java.util.Objects;

/** A stored page: its site and its path inside the site's folder (e.g. {@code nature}, {@code animals/foxes.html}). */
public record PageRef(String siteId, String path) {

    public PageRef {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(path, "path");
    }

    /** Where the page lives under {@code search/pages/}. */
    public String key() {
        return siteId + "/" + path;
    }
}
