package uk.safekiosk.kiosk.search;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The allow-list: whether a web address is one of the stored pages of a vetted site. Strict on purpose, because
 * allow-lists are fooled by addresses that only look vetted:
 * <ul>
 *   <li>{@code https://nature.kids.example@evil.example/} (user info: the host is evil.example) and
 *       {@code https://evil.example#@nature.kids.example} (a fragment) are the hosts they really name;</li>
 *   <li>look-alike hosts in other alphabets ({@code nаture.kids.example} with a Cyrillic а) and their punycode
 *       ({@code xn--...}) are different hosts, so never equal a vetted one;</li>
 *   <li>{@code //host/...} takes the host it names; {@code javascript:}, {@code data:} and every scheme but http(s)
 *       are refused; so are backslashes, which browsers read as slashes;</li>
 *   <li>a vetted host on another port is not the vetted site.</li>
 * </ul>
 * The query and fragment of a vetted page's address are ignored: the stored page is what is shown.
 */
public final class VettedAddresses {

    private final SearchCatalogue catalogue;

    VettedAddresses(SearchCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The stored page an address (as written in a page whose own address is {@code base}) leads to, if vetted. */
    public Optional<PageRef> page(String href, URI base) {
        return resolve(href, base).flatMap(uri -> site(uri)
                .flatMap(site -> catalogue.page(site.id(), uri.getPath() == null ? "/" : uri.getPath())));
    }

    /** The web address of a stored page. */
    public URI addressOf(PageRef page) {
        return catalogue.address(page);
    }

    /** The page of a full address, e.g. from the viewer's address bar. */
    public Optional<PageRef> page(String address) {
        return page(address, null);
    }

    /** A stored picture of the page's own site an image address leads to, as {@code (siteId, path)}. */
    public Optional<PageRef> picture(String src, URI base) {
        return resolve(src, base).flatMap(uri -> site(uri)
                .filter(site -> SearchCatalogue.isPicture(uri.getPath()))
                .map(site -> new PageRef(site.id(), uri.getPath().substring(1)))
                .filter(ref -> catalogue.picture(ref.siteId(), ref.path()).isPresent()));
    }

    /** The vetted site an absolute address belongs to (any path), for the importer's links and redirects. */
    public Optional<VettedSite> site(URI uri) {
        if (uri == null || uri.getScheme() == null || uri.getRawAuthority() == null
                || uri.getRawAuthority().contains("@") || uri.getRawUserInfo() != null || uri.getHost() == null) {
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        for (VettedSite site : catalogue.sites()) {
            if (site.host().equals(host) && (uri.getPort() < 0 || uri.getPort() == site.port())) {
                return Optional.of(site);
            }
        }
        return Optional.empty();
    }

    /** The absolute, normalised address, or empty when it is not a plain http(s) address. */
    static Optional<URI> resolve(String href, URI base) {
        if (href == null) {
            return Optional.empty();
        }
        // Browsers ignore tabs and new lines anywhere in an address ("java\tscript:"), and spaces at either end.
        String text = href.replaceAll("[\\t\\n\\r]", "").strip();
        if (text.isEmpty() || text.indexOf('\\') >= 0 || text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute()) {
                if (base == null) {
                    return Optional.empty();
                }
                uri = base.resolve(uri);
            }
            uri = uri.normalize();
            String path = uri.getPath();
            if (path != null && (path.startsWith("/..") || path.contains("/../"))) {
                return Optional.empty();
            }
            return uri.isOpaque() ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
