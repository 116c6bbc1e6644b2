package uk.safekiosk.kiosk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.kiosk.config.KioskProperties;

/**
 * The search's plain-Java parts as beans, built once at start-up from the content (shipped + the school's).
 *
 * <p>The index is written to {@code <data-dir>/search-index} afresh at every start, so a school's new or changed
 * pages are picked up on restart. It lives on disk (memory-mapped) rather than on the heap because an imported
 * catalogue can grow to many thousands of pages while the kiosk's heap stays small; the OS keeps the hot parts in
 * memory anyway.
 */
@Configuration
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean
    QueryScreen queryScreen(ContentSource content) {
        return QueryScreen.fromContent(content);
    }

    @Bean
    SearchCatalogue searchCatalogue(ContentSource content) {
        return SearchCatalogue.load(content, problem -> log.warn("Search catalogue: {}", problem));
    }

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(SearchCatalogue catalogue, KioskProperties properties) {
        Path folder = properties.dataDir().resolve("search-index");
        try {
            Files.createDirectories(folder);
            long started = System.nanoTime();
            SearchIndex index = SearchIndex.build(FSDirectory.open(folder), catalogue);
            log.info("Search index: {} pages of {} vetted sites in {} ms ({})", index.size(),
                    catalogue.sites().size(), (System.nanoTime() - started) / 1_000_000, folder);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index folder " + folder, e);
        }
    }

    @Bean
    PageSanitiser pageSanitiser(SearchCatalogue catalogue) {
        return new PageSanitiser(catalogue.addresses());
    }
}
