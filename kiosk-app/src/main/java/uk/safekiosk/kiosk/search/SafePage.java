package uk.safekiosk.kiosk.search;

import java.net.URI;

/**
 * A stored page made safe to show: {@code bodyHtml} is one {@code <div>} holding only plain reading markup, links to
 * other vetted pages (pointing at the viewer) and pictures stored with the site.
 */
public record SafePage(PageRef ref, URI address, String title, String siteTitle, String bodyHtml) {
}
