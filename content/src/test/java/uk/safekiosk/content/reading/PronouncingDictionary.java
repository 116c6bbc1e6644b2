package uk.safekiosk.content.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Syllable counts from the CMU Pronouncing Dictionary for the words our texts use (a test resource). */
final class PronouncingDictionary {

    private static final String FILE = "reading-age/cmudict-syllables.txt";

    private PronouncingDictionary() {
    }

    static Map<String, Integer> load() {
        Map<String, Integer> counts = new HashMap<>();
        try (InputStream in = PronouncingDictionary.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + FILE);
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> {
                        String[] parts = l.split(" ");
                        counts.put(parts[0], Integer.parseInt(parts[1]));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /** The share of {@code words} whose heuristic syllable count equals the dictionary's. */
    static double agreement(Map<String, Integer> dictionary, Set<String> words) {
        long same = words.stream().filter(w -> ReadingEase.syllables(w) == dictionary.get(w)).count();
        return (double) same / words.size();
    }
}
