package uk.safekiosk.content.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores a set of child texts the way {@code ChildTextsReadingAgeTest} judges them.
 *
 * <p>Flesch reading ease is a formula for sentences. A label of a few words with no full stop ("Log out", "Username",
 * "volcanoes", "No messages yet.") has too few words to measure: one long word decides its score (a one-word label
 * of three syllables scores -48). So a text of at least {@value #SENTENCE_WORDS} words is scored on its own; the
 * shorter texts of each file are pooled and scored together as one text, each one a sentence, so that their long
 * words still count.
 */
public final class ReadingReport {

    static final int SENTENCE_WORDS = 5;

    /** One scored text: a sentence on its own, or a file's labels pooled. */
    public record Scored(String name, String text, ReadingEase.Score score) {
        double ease() {
            return score.readingEase();
        }
    }

    private final List<Scored> scored;

    private ReadingReport(List<Scored> scored) {
        this.scored = List.copyOf(scored);
    }

    public static ReadingReport of(List<ChildText> texts) {
        List<Scored> scored = new ArrayList<>();
        Map<String, List<String>> labelsByFile = new LinkedHashMap<>();
        for (ChildText text : texts) {
            if (isSentence(text.text())) {
                scored.add(new Scored(text.name(), text.text(), ReadingEase.score(text.text())));
            } else {
                labelsByFile.computeIfAbsent(text.file(), f -> new ArrayList<>()).add(text.text());
            }
        }
        labelsByFile.forEach((file, labels) -> {
            String pooled = labels.stream().map(l -> l.matches(".*[.!?]$") ? l : l + ".")
                    .collect(Collectors.joining(" "));
            scored.add(new Scored(file + " (" + labels.size() + " short texts)", pooled, ReadingEase.score(pooled)));
        });
        return new ReadingReport(scored);
    }

    static boolean isSentence(String text) {
        return ReadingEase.words(text).size() >= SENTENCE_WORDS;
    }

    public List<Scored> scored() {
        return scored;
    }

    public List<Scored> below(double floor) {
        return scored.stream().filter(s -> s.ease() < floor).toList();
    }

    public List<Scored> longerThan(int words) {
        return scored.stream().filter(s -> !s.name().contains(" short texts)"))
                .filter(s -> s.score().longestSentence() > words).toList();
    }

    public double min() {
        return scored.stream().mapToDouble(Scored::ease).min().orElse(Double.NaN);
    }

    public double mean() {
        return scored.stream().mapToDouble(Scored::ease).average().orElse(Double.NaN);
    }

    public int longestSentence() {
        return scored.stream().filter(s -> !s.name().contains(" short texts)"))
                .mapToInt(s -> s.score().longestSentence()).max().orElse(0);
    }

    public List<Scored> worst(int n) {
        return scored.stream().sorted(Comparator.comparingDouble(Scored::ease)).limit(n).toList();
    }

    /** A Markdown section: count, min, mean, longest sentence, and the hardest texts. */
    public String markdown(String title, int worst) {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(title).append("\n\n");
        md.append(String.format(Locale.ROOT, "%d texts scored; Flesch reading ease min %.1f, mean %.1f; longest "
                + "sentence %d words.%n%n", scored.size(), min(), mean(), longestSentence()));
        md.append("| Flesch | words | text |\n|---|---|---|\n");
        for (Scored s : worst(worst)) {
            md.append(String.format(Locale.ROOT, "| %.1f | %d | %s: %s |%n", s.ease(), s.score().words(), s.name(),
                    shorten(s.text())));
        }
        md.append('\n');
        scored.stream().filter(s -> s.name().contains(" short texts)")).forEach(s -> md.append(String.format(
                Locale.ROOT, "Pooled: %s, Flesch %.1f.%n", s.name(), s.ease())));
        return md.append('\n').toString();
    }

    private static String shorten(String text) {
        String one = text.replace('\n', ' ').replace("|", "\\|");
        return one.length() > 110 ? one.substring(0, 107) + "..." : one;
    }
}
