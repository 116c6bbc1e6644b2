package uk.safekiosk.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;

class SearchIndexTest {

    private static SearchCatalogue catalogue;
    private static SearchIndex index;

    @BeforeAll
    static void indexTheShippedPages() {
        catalogue = SearchCatalogue.load(ContentSource.defaults(), problem -> {
            throw new AssertionError(problem);
        });
        index = SearchIndex.build(new ByteBuffersDirectory(), catalogue);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void indexesEveryShippedPage() {
        assertThat(index.size()).isEqualTo(catalogue.pages().size()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void findsThePageAboutAWordFirstAndItsPluralToo() {
        SearchResults results = index.search("volcano", 1);

        assertThat(results.hits()).isNotEmpty();
        SearchHit first = results.hits().getFirst();
        assertThat(first.title()).isEqualTo("Volcanoes");
        assertThat(first.siteTitle()).isEqualTo("Little Explorers' Atlas");
        assertThat(first.address()).isEqualTo(URI.create("https://atlas.kids.example/volcanoes/volcanoes.html"));
        assertThat(first.snippet()).startsWith("Volcanoes are openings");
    }

    @Test
    void aTitleCountsMoreThanAMentionInTheText() {
        List<String> titles = index.search("badgers", 1).hits().stream().map(SearchHit::title).toList();

        assertThat(titles.getFirst()).containsIgnoringCase("badger");
    }

    @Test
    void givesTenResultsAPageAndSaysWhenThereAreMore() {
        SearchResults first = index.search("how", 1);
        SearchResults second = index.search("how", 2);

        assertThat(first.hits()).hasSize(SearchIndex.PAGE_SIZE);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hits()).hasSize(SearchIndex.PAGE_SIZE)
                .doesNotContainAnyElementsOf(first.hits());
    }

    @Test
    void searchesTheRightSpellingWhenAChildsSpellingFindsNothing() {
        SearchResults results = index.search("dinasor", 1);

        assertThat(results.corrected()).isTrue();
        assertThat(results.searchedFor()).isEqualTo("dinosaur");
        assertThat(results.hits().getFirst().title()).containsIgnoringCase("dinosaur");
        assertThat(index.search("elefant", 1).searchedFor()).isEqualTo("elephant");
        assertThat(index.search("skeliton", 1).searchedFor()).isEqualTo("skeleton");
    }

    @Test
    void offersABetterSpellingWhenTheQueryFoundSomethingAnyway() {
        SearchResults results = index.search("volcanoe facts", 1);

        assertThat(results.hits()).isNotEmpty();
        assertThat(results.corrected()).isFalse();
        assertThat(results.didYouMean()).hasValueSatisfying(s -> assertThat(s).startsWith("volcano"));
    }

    @Test
    void showsThePictureOfAPageThatHasOne() {
        SearchHit foxes = index.search("red foxes", 1).hits().getFirst();

        assertThat(foxes.title()).isEqualTo("Red foxes");
        assertThat(foxes.picture()).contains(new PageRef("nature", "images/fox.svg"));
        assertThat(foxes.pictureAlt()).isNotBlank();
    }

    @Test
    void queryPunctuationIsReadAsWordsNeverAsSyntax() {
        for (String odd : List.of("volcano\" OR *:*", "(((", "title:volcano", "+-&&||!{}[]^~*?:\\/", "")) {
            SearchResults results = index.search(odd, 1);
            assertThat(results.hits()).allSatisfy(hit -> assertThat(catalogue.pages()).contains(hit.ref()));
        }
        assertThat(index.search("zzqqxx", 1).hits()).isEmpty();
        assertThat(index.search("zzqqxx", 1).didYouMean()).isEqualTo(Optional.empty());
    }

    @Test
    void everyResultIsAStoredVettedPage() {
        IntStream.rangeClosed(1, 3).forEach(page -> assertThat(index.search("how", page).hits())
                .allSatisfy(hit -> assertThat(catalogue.addresses().page(hit.address().toString()))
                        .contains(hit.ref())));
    }
}
