package uk.safekiosk.kiosk.search;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.Jsoup;
import uk.safekiosk.content.ContentSource;

/**
 * Query latency of the search index, on demand (not a test): {@code ./mvnw -B -q -pl kiosk-app -am -Pbench
 * -DskipTests test}. Measures p50/p99 of {@link SearchIndex#search} (spelling suggestions included) on the bundled
 * sample and on a generated index of 100,000 pages whose words follow the sample's word frequencies (with the
 * children's queries alone, one in six misspelled, and mixed with 200 random queries of the sample's words). Both
 * indexes are on disk, as in the kiosk.
 */
public final class SearchBench {

    private static final int GENERATED_PAGES = 100_000;
    private static final int WARM_UP = 10_000;
    private static final int MEASURED = 20_000;
    private static final List<String> CHILD_QUERIES = List.of("volcano", "volcanoes for kids", "dinasor",
            "dinosaurs", "how do volcanoes kill", "the blitz", "romans", "tudor kings", "water cycle",
            "elefant", "skeliton", "planets in the solar system", "how does the heart pump blood", "foxes",
            "puberty", "the second world war for children", "what do hedgehogs eat", "fractions", "football rules",
            "how to draw a dragon", "pirimids egypt", "rainforest animals", "mary anning", "hedghog",
            "how are rainbows made", "earthquakes in japan", "why is the sky blue", "queen elizabeth",
            "place value", "the moon landing");

    private SearchBench() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("search-bench");
        try {
            SearchCatalogue catalogue = SearchCatalogue.load(ContentSource.defaults(), problem -> { });
            long started = System.nanoTime();
            try (SearchIndex sample = SearchIndex.build(FSDirectory.open(work.resolve("sample")), catalogue)) {
                report("bundled sample", sample.size(), System.nanoTime() - started, work.resolve("sample"),
                        measure(sample, CHILD_QUERIES));
            }
            Map<String, Integer> vocabulary = vocabulary(catalogue);
            List<IndexedPage> generated = generate(vocabulary, new Random(42));
            started = System.nanoTime();
            try (SearchIndex large = SearchIndex.build(FSDirectory.open(work.resolve("large")), generated)) {
                long built = System.nanoTime() - started;
                List<String> queries = new ArrayList<>(CHILD_QUERIES);
                Random random = new Random(7);
                List<String> words = new ArrayList<>(vocabulary.keySet());
                for (int i = 0; i < 200; i++) {
                    queries.add(String.join(" ", random.ints(1 + random.nextInt(3), 0, words.size())
                            .mapToObj(words::get).toList()));
                }
                report("generated, mixed queries", large.size(), built, work.resolve("large"),
                        measure(large, queries));
                report("generated, children's queries (1 in 6 misspelled)", large.size(), built,
                        work.resolve("large"), measure(large, CHILD_QUERIES));
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Nanoseconds of each measured search, after a warm-up. */
    private static long[] measure(SearchIndex index, List<String> queries) {
        for (int i = 0; i < WARM_UP; i++) {
            index.search(queries.get(i % queries.size()), 1 + i % 2);
        }
        long[] times = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long t0 = System.nanoTime();
            index.search(queries.get(i % queries.size()), 1 + i % 2);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        return times;
    }

    private static void report(String name, int pages, long buildNanos, Path folder, long[] sorted)
            throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(folder)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("%s: %,d pages, built in %.1f s, %.1f MB on disk; %,d searches: p50 %.2f ms, "
                        + "p99 %.2f ms, max %.2f ms%n", name, pages, buildNanos / 1e9, bytes / 1e6, sorted.length,
                percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** Every word of the sample pages with how often it occurs. */
    private static Map<String, Integer> vocabulary(SearchCatalogue catalogue) {
        Map<String, Integer> counts = new HashMap<>();
        for (PageRef ref : catalogue.pages()) {
            for (String word : Jsoup.parse(catalogue.html(ref)).text().toLowerCase().split("[^a-z]+")) {
                if (word.length() > 1) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Pages of about 250 words drawn with the sample's word frequencies, titles of 2–4 words. */
    private static List<IndexedPage> generate(Map<String, Integer> vocabulary, Random random) {
        List<String> bag = new ArrayList<>();
        vocabulary.forEach((word, count) -> {
            for (int i = 0; i < count; i++) {
                bag.add(word);
            }
        });
        List<IndexedPage> pages = new ArrayList<>(GENERATED_PAGES);
        for (int n = 0; n < GENERATED_PAGES; n++) {
            String title = words(bag, random, 2 + random.nextInt(3));
            String description = words(bag, random, 12 + random.nextInt(10));
            String body = words(bag, random, 200 + random.nextInt(100));
            pages.add(new IndexedPage(new PageRef("bench", "page-" + n + ".html"),
                    URI.create("https://bench.example/page-" + n + ".html"), "Bench site", title, description,
                    body, Optional.empty(), ""));
        }
        return pages;
    }

    private static String words(List<String> bag, Random random, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(bag.get(random.nextInt(bag.size())));
        }
        return out.toString();
    }
}
