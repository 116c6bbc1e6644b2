package uk.safekiosk.kiosk.search;

import java.net.URI;
import java.util.Optional;

/** One result card: title, short snippet, site, and a picture where the page has one. */
public record SearchHit(PageRef ref, URI address, String title, String snippet, String siteTitle,
                        Optional<PageRef> picture, String pictureAlt) {
}
