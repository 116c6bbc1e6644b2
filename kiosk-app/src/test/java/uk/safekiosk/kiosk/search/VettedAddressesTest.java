package uk.safekiosk.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.content.ContentSource;

class VettedAddressesTest {

    private static final SearchCatalogue CATALOGUE = SearchCatalogue.load(ContentSource.defaults(), problem -> {
        throw new AssertionError(problem);
    });
    private static final VettedAddresses ADDRESSES = CATALOGUE.addresses();
    private static final URI FOXES = URI.create("https://nature.kids.example/animals/foxes.html");
    private static final PageRef BADGERS = new PageRef("nature", "animals/badgers.html");

    @Test
    void findsAVettedPageWrittenInFullRelativeOrFromTheRoot() {
        assertThat(ADDRESSES.page("https://nature.kids.example/animals/badgers.html", FOXES)).contains(BADGERS);
        assertThat(ADDRESSES.page("badgers.html", FOXES)).contains(BADGERS);
        assertThat(ADDRESSES.page("/animals/badgers.html", FOXES)).contains(BADGERS);
        assertThat(ADDRESSES.page("HTTPS://NATURE.KIDS.EXAMPLE/animals/badgers.html", FOXES)).contains(BADGERS);
    }

    @Test
    void ignoresTheFragmentAndQueryOfAVettedPage() {
        assertThat(ADDRESSES.page("https://nature.kids.example/animals/badgers.html#setts", FOXES)).contains(BADGERS);
        assertThat(ADDRESSES.page("https://nature.kids.example/animals/badgers.html?ref=1", FOXES)).contains(BADGERS);
        assertThat(ADDRESSES.page("#what-foxes-eat", FOXES))
                .contains(new PageRef("nature", "animals/foxes.html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://nature.kids.example@evil.example/animals/badgers.html",
            "https://user:pass@nature.kids.example/animals/badgers.html",
            "https://nature.kids.example:pw@evil.example/",
            "https://evil.example#@nature.kids.example/animals/badgers.html",
            "https://evil.example/#https://nature.kids.example/animals/badgers.html",
            "https://evil.example/?u=https://nature.kids.example/animals/badgers.html",
            "https://nature.kids.example.evil.example/animals/badgers.html",
            "https://evilnature.kids.example/animals/badgers.html"})
    void refusesAddressesThatOnlyLookVetted(String href) {
        assertThat(ADDRESSES.page(href, FOXES)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://n\u0430ture.kids.example/animals/badgers.html", // Cyrillic а
            "https://nature.kids.\u0435xample/animals/badgers.html", // Cyrillic е
            "https://xn--ntur-7cd.kids.example/animals/badgers.html",
            "https://nature.kids.example\u3002evil.example/"})
    void refusesLookAlikeHostsFromOtherAlphabetsAndTheirPunycode(String href) {
        assertThat(ADDRESSES.page(href, FOXES)).isEmpty();
    }

    @Test
    void aProtocolRelativeAddressTakesTheHostItNames() {
        assertThat(ADDRESSES.page("//evil.example/animals/badgers.html", FOXES)).isEmpty();
        assertThat(ADDRESSES.page("//nature.kids.example/animals/badgers.html", FOXES)).contains(BADGERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:location='https://nature.kids.example/'",
            "java\tscript:alert(1)", " javascript:alert(1)",
            "data:text/html,<a href=https://nature.kids.example/>x</a>", "vbscript:msgbox(1)",
            "file:///etc/passwd", "mailto:someone@example.com", "ftp://nature.kids.example/animals/badgers.html",
            "https:\\\\evil.example\\animals\\badgers.html", "https://nature.kids.example\\@evil.example/"})
    void refusesEveryOtherKindOfAddress(String href) {
        assertThat(ADDRESSES.page(href, FOXES)).isEmpty();
    }

    @Test
    void refusesAVettedHostOnAnotherPortOrAPageThatIsNotStored() {
        assertThat(ADDRESSES.page("https://nature.kids.example:8443/animals/badgers.html", FOXES)).isEmpty();
        assertThat(ADDRESSES.page("https://nature.kids.example:443/animals/badgers.html", FOXES)).contains(BADGERS);
        assertThat(ADDRESSES.page("https://nature.kids.example/animals/unicorns.html", FOXES)).isEmpty();
        assertThat(ADDRESSES.page("https://nature.kids.example/../../etc/passwd", FOXES)).isEmpty();
        assertThat(ADDRESSES.page("/%2e%2e/%2e%2e/etc/passwd", FOXES)).isEmpty();
    }

    @Test
    void aRedirectIsFollowedOnlyToTheSameVettedSite() {
        assertThat(ADDRESSES.site(URI.create("https://nature.kids.example/anything/else")))
                .map(VettedSite::id).contains("nature");
        assertThat(ADDRESSES.site(URI.create("https://evil.example/"))).isEmpty();
        assertThat(ADDRESSES.site(URI.create("https://nature.kids.example@evil.example/"))).isEmpty();
    }

    @Test
    void findsOnlyPicturesStoredWithTheSite() {
        assertThat(ADDRESSES.picture("/images/fox.svg", FOXES)).contains(new PageRef("nature", "images/fox.svg"));
        assertThat(ADDRESSES.picture("https://tracker.example/pixel.gif", FOXES)).isEmpty();
        assertThat(ADDRESSES.picture("/images/missing.png", FOXES)).isEmpty();
        assertThat(ADDRESSES.picture("data:image/png;base64,iVBORw0KGgo=", FOXES)).isEmpty();
    }
}
