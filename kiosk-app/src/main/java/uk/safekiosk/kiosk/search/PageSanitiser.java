package uk.safekiosk.kiosk.search;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans a stored page with Jsoup before a child sees it. Nothing that runs, submits, embeds or loads from elsewhere
 * survives: scripts, styles, frames, forms and their controls, objects, media, event handlers, style attributes and
 * pictures from outside the page's own vetted site are removed. A link to another vetted page is pointed at the
 * viewer; any other link becomes plain text marked with {@code outsideNote}, so it cannot be followed.
 */
public final class PageSanitiser {

    /** The viewer's route; a vetted link becomes {@code /search/view?u=<address>}. */
    public static final String VIEWER = "search/view";
    /** Where stored pictures are served from: {@code /search-files/<site>/<path>}. */
    public static final String FILES = "search-files";

    private static final String REMOVED = "script, style, noscript, template, iframe, frame, frameset, object, "
            + "embed, applet, form, input, button, select, option, textarea, label, fieldset, video, audio, source, "
            + "track, canvas, svg, math, link, meta, base, dialog, map, area, picture, portal";

    private final VettedAddresses addresses;

    public PageSanitiser(VettedAddresses addresses) {
        this.addresses = addresses;
    }

    /** The address of the viewer for a vetted page's address. */
    public static String viewerLink(URI address) {
        return "/" + VIEWER + "?u=" + URLEncoder.encode(address.toString(), StandardCharsets.UTF_8);
    }

    /** Where a stored picture is served from. */
    public static String pictureLink(PageRef picture) {
        return "/" + FILES + "/" + picture.siteId() + "/" + picture.path();
    }

    public SafePage clean(PageRef ref, URI address, String siteTitle, String html, String outsideNote) {
        Document dirty = Jsoup.parse(html, address.toString());
        String title = Optional.ofNullable(dirty.title()).filter(t -> !t.isBlank())
                .orElseGet(() -> dirty.select("h1").text());
        Element body = dirty.body();
        body.select(REMOVED).remove();
        for (Element link : body.select("a")) {
            Optional<PageRef> target = link.hasAttr("href")
                    ? addresses.page(link.attr("href"), address) : Optional.empty();
            if (target.isPresent()) {
                link.clearAttributes();
                link.attr("href", viewerLink(addresses.addressOf(target.get())));
            } else if (link.hasAttr("href")) {
                Element inert = new Element("span").addClass("kiosk-outside-link").text(link.text());
                inert.appendChild(new Element("span").addClass("kiosk-outside-note").text(" (" + outsideNote + ")"));
                link.replaceWith(inert);
            } else {
                link.unwrap();
            }
        }
        for (Element image : body.select("img")) {
            Optional<PageRef> picture = addresses.picture(image.attr("src"), address);
            if (picture.isPresent()) {
                String alt = image.attr("alt");
                image.clearAttributes();
                image.attr("src", pictureLink(picture.get())).attr("alt", alt);
            } else {
                image.remove();
            }
        }
        Document clean = new Cleaner(safelist()).clean(dirty);
        Element wrapper = new Element("div").addClass("kiosk-page");
        wrapper.appendChildren(clean.body().childNodesCopy());
        return new SafePage(ref, address, title, siteTitle, wrapper.outerHtml());
    }

    /** Plain reading markup; links and pictures are already ours (relative), so only those survive. */
    private static Safelist safelist() {
        return new Safelist()
                .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
                        "strong", "b", "em", "i", "u", "s", "small", "sub", "sup", "mark", "abbr", "cite", "q",
                        "blockquote", "code", "pre", "figure", "figcaption", "table", "caption", "thead", "tbody",
                        "tfoot", "tr", "th", "td", "div", "span", "a", "img", "section", "article", "aside",
                        "header", "footer", "nav", "main", "time", "kbd")
                .addAttributes("a", "href")
                .addAttributes("img", "src", "alt")
                .addAttributes("span", "class")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("th", "colspan", "rowspan", "scope")
                .preserveRelativeLinks(true);
    }
}
