package uk.safekiosk.kiosk.search;

import java.net.URI;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the index keeps of one page: its words (title, description, visible text) and what a result card shows (title,
 * short snippet, site, the first picture stored with the site). Text inside scripts, styles and forms is not indexed,
 * because the viewer never shows it.
 */
record IndexedPage(PageRef ref, URI address, String siteTitle, String title, String description, String body,
                   Optional<PageRef> picture, String pictureAlt) {

    private static final int SNIPPET_CHARS = 200;

    static IndexedPage of(PageRef ref, URI address, String siteTitle, String html, VettedAddresses addresses) {
        Document doc = Jsoup.parse(html, address.toString());
        doc.select("script, style, noscript, template, form, iframe, object, embed, button, select, textarea")
                .remove();
        String description = doc.select("meta[name=description]").attr("content").strip();
        String body = doc.body() == null ? "" : doc.body().text();
        String title = doc.title().isBlank() ? doc.select("h1").text() : doc.title().strip();
        Optional<PageRef> picture = Optional.empty();
        String alt = "";
        for (Element img : doc.select("img[src]")) {
            picture = addresses.picture(img.attr("src"), address);
            if (picture.isPresent()) {
                alt = img.attr("alt");
                break;
            }
        }
        return new IndexedPage(ref, address, siteTitle, title, description.isEmpty() ? snippetOf(body) : description,
                body, picture, alt);
    }

    private static String snippetOf(String body) {
        if (body.length() <= SNIPPET_CHARS) {
            return body;
        }
        int cut = body.lastIndexOf(' ', SNIPPET_CHARS);
        return body.substring(0, cut > 0 ? cut : SNIPPET_CHARS) + "…";
    }
}
