package uk.safekiosk.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;

class PageSanitiserTest {

    private static final SearchCatalogue CATALOGUE = SearchCatalogue.load(ContentSource.defaults(), problem -> {
        throw new AssertionError(problem);
    });
    private static final PageSanitiser SANITISER = new PageSanitiser(CATALOGUE.addresses());
    private static final String NOTE = "This link goes outside our safe websites";
    private static final PageRef FOXES = new PageRef("nature", "animals/foxes.html");
    private static final URI FOXES_ADDRESS = URI.create("https://nature.kids.example/animals/foxes.html");

    private static Document clean(String body) {
        String html = "<!doctype html><html><head><title>Test page</title><script>alert(1)</script>"
                + "<link rel=stylesheet href=https://evil.example/x.css></head><body>" + body + "</body></html>";
        SafePage page = SANITISER.clean(FOXES, FOXES_ADDRESS, "Oakfield Nature Notes", html, NOTE);
        assertThat(page.title()).isEqualTo("Test page");
        return Jsoup.parseBodyFragment(page.bodyHtml());
    }

    @Test
    void removesEverythingThatRunsSubmitsOrEmbeds() {
        Document page = clean("<p onclick=\"steal()\" style=\"color:red\">Hello</p><script>steal()</script>"
                + "<iframe src=https://video.example/embed></iframe><form action=https://evil.example>"
                + "<input name=q><button>Go</button></form><object data=x.swf></object><embed src=x.swf>"
                + "<video src=v.mp4></video><audio src=a.mp3></audio><svg onload=alert(1)></svg>"
                + "<noscript><img src=https://tracker.example/p.gif></noscript><style>p{}</style>");

        assertThat(page.select("script, iframe, form, input, button, object, embed, video, audio, svg, style, "
                + "noscript")).isEmpty();
        assertThat(page.select("[onclick], [style], [onload]")).isEmpty();
        assertThat(page.body().text()).isEqualTo("Hello");
    }

    @Test
    void pointsVettedLinksAtTheViewer() {
        Document page = clean("<p><a href=\"https://nature.kids.example/animals/badgers.html\">badgers</a> and "
                + "<a href=\"/food-chains.html\" target=_blank onclick=x()>food chains</a></p>");

        assertThat(page.select("a").eachAttr("href")).containsExactly(
                "/search/view?u=https%3A%2F%2Fnature.kids.example%2Fanimals%2Fbadgers.html",
                "/search/view?u=https%3A%2F%2Fnature.kids.example%2Ffood-chains.html");
        assertThat(page.select("a[target], a[onclick]")).isEmpty();
    }

    @Test
    void turnsEveryOtherLinkIntoMarkedPlainText() {
        Document page = clean("<p><a href=\"https://www.nhs.uk/\">NHS</a> "
                + "<a href=\"https://nature.kids.example@evil.example/\">trick</a> "
                + "<a href=\"javascript:alert(1)\">script</a> <a href=\"data:text/html,hi\">data</a> "
                + "<a href=\"//evil.example/\">protocol relative</a> <a name=top>anchor</a></p>");

        assertThat(page.select("a")).isEmpty();
        assertThat(page.select("span.kiosk-outside-link")).extracting(e -> e.ownText())
                .containsExactly("NHS", "trick", "script", "data", "protocol relative");
        assertThat(page.select("span.kiosk-outside-note")).hasSize(5)
                .allSatisfy(note -> assertThat(note.text()).isEqualTo("(" + NOTE + ")"));
        assertThat(page.text()).contains("anchor");
    }

    @Test
    void keepsOnlyPicturesStoredWithTheSite() {
        Document page = clean("<img src=\"/images/fox.svg\" alt=\"A fox\" onerror=x() width=1>"
                + "<img src=\"https://tracker.example/pixel.gif\" width=1 height=1>"
                + "<img src=\"https://pictures.example/fox.jpg\" alt=\"outside\">"
                + "<img src=\"data:image/png;base64,iVBORw0KGgo=\">");

        assertThat(page.select("img")).hasSize(1);
        assertThat(page.select("img").attr("src")).isEqualTo("/search-files/nature/images/fox.svg");
        assertThat(page.select("img").attr("alt")).isEqualTo("A fox");
        assertThat(page.select("img[onerror]")).isEmpty();
    }

    @Test
    void cleansTheShippedPagesThatCarryScriptsFramesAndForms() {
        for (String key : new String[] {"nature/animals/foxes.html", "history/romans/roman-baths.html",
                "books/choosing-a-book.html", "science/ideas/magnets.html", "nature/animals/bees.html"}) {
            PageRef ref = CATALOGUE.addresses().page(CATALOGUE.sites().stream()
                    .filter(s -> s.id().equals(key.substring(0, key.indexOf('/')))).findFirst().orElseThrow()
                    .pageAddress(key.substring(key.indexOf('/') + 1)).toString()).orElseThrow();
            SafePage page = SANITISER.clean(ref, CATALOGUE.address(ref), "site", CATALOGUE.html(ref), NOTE);
            Document doc = Jsoup.parseBodyFragment(page.bodyHtml());

            assertThat(doc.select("script, iframe, form, input, button, [onclick]")).as(key).isEmpty();
            assertThat(doc.select("img").eachAttr("src")).as(key).allSatisfy(src ->
                    assertThat(src).startsWith("/search-files/"));
            assertThat(doc.select("a").eachAttr("href")).as(key).allSatisfy(href ->
                    assertThat(href).startsWith("/search/view?u="));
        }
    }
}
