package uk.safekiosk.kiosk.search;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One line of {@code search/sites.csv}: a site whose stored pages pupils may read. */
public record VettedSite(String id, String title, URI address, int minAge, int maxAge, List<String> subjects) {

    public VettedSite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(address, "address");
        subjects = List.copyOf(subjects);
    }

    /** Lower-case host name, as addresses are compared. */
    String host() {
        return address.getHost().toLowerCase(Locale.ROOT);
    }

    /** The port the site is reached on (the scheme's default when the address names none). */
    int port() {
        return effectivePort(address);
    }

    /** The address of a page of this site, from its path inside the site's folder (spaces and all). */
    public URI pageAddress(String path) {
        try {
            return new URI(address.getScheme(), null, address.getHost(), address.getPort(), "/" + path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a page path: " + path, e);
        }
    }

    static int effectivePort(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }
}
