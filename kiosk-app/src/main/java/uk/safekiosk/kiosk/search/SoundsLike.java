package uk.safekiosk.kiosk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Words of the index by how they sound (Double Metaphone), for children who spell by ear: "dinasor" is three edits
 * from "dinosaur", too far to correct by spelling, but sounds the same. A suggestion starts with the same letter, is
 * the closest in spelling of the words that sound alike (the one on most pages when two are as close) and is no more
 * than a few edits away.
 */
final class SoundsLike {

    private static final int SHORTEST = 4;
    private static final int MAX_EDITS = 3;

    private record Word(String text, int pages) {
    }

    /** Whole words' sounds, not the usual first four, so "dinosaur" and "dinosaurs" sound different. */
    private static final int SOUND_LENGTH = 12;

    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    private final Map<String, List<Word>> bySound;

    private SoundsLike(Map<String, List<Word>> bySound) {
        this.bySound = bySound;
        this.metaphone.setMaxCodeLen(SOUND_LENGTH);
    }

    static SoundsLike of(IndexReader reader, String field) throws IOException {
        SoundsLike keys = new SoundsLike(Map.of());
        Map<String, List<Word>> bySound = new HashMap<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms != null) {
            TermsEnum words = terms.iterator();
            for (BytesRef term = words.next(); term != null; term = words.next()) {
                String word = term.utf8ToString();
                if (word.length() >= SHORTEST && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    bySound.computeIfAbsent(keys.sound(word), k -> new ArrayList<>())
                            .add(new Word(word, words.docFreq()));
                }
            }
        }
        bySound.values().forEach(list -> list.sort(Comparator.comparingInt(Word::pages).reversed()));
        return new SoundsLike(Map.copyOf(bySound));
    }

    Optional<String> wordLike(String written) {
        if (written.length() < SHORTEST) {
            return Optional.empty();
        }
        String best = null;
        int bestEdits = MAX_EDITS + 1;
        for (Word word : bySound.getOrDefault(sound(written), List.of())) {
            int edits = Misspellings.distance(written, word.text(), MAX_EDITS);
            if (edits < bestEdits) {
                best = word.text();
                bestEdits = edits;
            }
        }
        return Optional.ofNullable(best);
    }

    private String sound(String word) {
        return word.charAt(0) + metaphone.doubleMetaphone(word);
    }
}
