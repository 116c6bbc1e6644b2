package uk.safekiosk.content.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;

/**
 * Every English text a child reads in the shipped content must be easy to read: Flesch reading ease at least
 * {@value #FLOOR} for each sentence text (and for each file's labels pooled), and no sentence longer than
 * {@value #LONGEST_SENTENCE} words ({@value #LONGEST_KS1_SENTENCE} in the KS1 rules). The figures are written to
 * {@code target/reading-age.md}.
 */
class ChildTextsReadingAgeTest {

    static final double FLOOR = 80.0;
    static final int LONGEST_SENTENCE = 12;
    static final int LONGEST_KS1_SENTENCE = 10;
    /** Welsh has no validated Flesch formula; only sentence length is checked, allowing for its short words. */
    static final int LONGEST_WELSH_SENTENCE = 16;
    /**
     * The sample pages stand for real websites a school vets: information texts for ages 7 to 11 with topic words
     * ("continent", "scientist"). 60 is Flesch's "plain English"; this floor stops them getting harder, it does not
     * claim they are easy (the report counts those under 70 and 80).
     */
    static final double PAGE_FLOOR = 60.0;

    private static final ChildTexts TEXTS = new ChildTexts(ContentSource.defaults());
    /** Report sections by their place in the report, so the order does not depend on which test ran first. */
    private static final Map<Integer, String> REPORT = new java.util.TreeMap<>();

    @Test
    void everyEnglishTextAChildReadsIsEasyToRead() {
        List<ChildText> all = TEXTS.all("en");
        ReadingReport report = ReadingReport.of(all);
        StringBuilder section = new StringBuilder(report.markdown("All English child texts", 5));
        for (String file : List.of(ChildTexts.wordingFile("en"), ChildTexts.gatewayFile("en"),
                ChildTexts.rulesFile("en"), ChildTexts.ks1RulesFile("en"))) {
            section.append(ReadingReport.of(all.stream().filter(t -> t.file().equals(file)).toList())
                    .markdown(file, 3));
        }
        REPORT.put(1, section.toString());
        REPORT.put(4, syllableAccuracy(all));

        assertThat(report.scored()).hasSizeGreaterThan(100);
        assertThat(report.below(FLOOR)).as("texts below Flesch %s", FLOOR).isEmpty();
        assertThat(report.longerThan(LONGEST_SENTENCE)).as("sentences over %s words", LONGEST_SENTENCE).isEmpty();
    }

    @Test
    void theKs1RulesAreFewerShorterAndEasierThanTheFullRules() {
        ReadingReport full = ReadingReport.of(TEXTS.rules(ChildTexts.rulesFile("en")));
        ReadingReport ks1 = ReadingReport.of(TEXTS.rules(ChildTexts.ks1RulesFile("en")));

        assertThat(ks1.scored()).hasSizeLessThan(full.scored().size());
        assertThat(ks1.longerThan(LONGEST_KS1_SENTENCE)).isEmpty();
        assertThat(ks1.mean()).isGreaterThan(full.mean());
    }

    @Test
    void everyWordingKeySaysWhoReadsIt() {
        Map<String, ChildTexts.Audience> audiences = TEXTS.audiences("en");

        assertThat(audiences).containsEntry("login.username", ChildTexts.Audience.PUPIL)
                .containsEntry("search.escalated.grown-ups", ChildTexts.Audience.STAFF)
                .containsEntry("whistle.staff.heading", ChildTexts.Audience.STAFF);
        assertThat(audiences.values()).contains(ChildTexts.Audience.PUPIL, ChildTexts.Audience.STAFF);
    }

    @Test
    void welshSentencesAreShortToo() {
        List<ChildText> welsh = new ArrayList<>(TEXTS.all("cy"));
        ReadingReport report = ReadingReport.of(welsh);
        REPORT.put(2, String.format(Locale.ROOT, "### Welsh child texts%n%n%d texts; longest sentence %d words "
                + "(Flesch is not computed: it is an English formula).%n%n", report.scored().size(),
                report.longestSentence()));

        assertThat(report.scored()).hasSizeGreaterThan(50);
        assertThat(report.longerThan(LONGEST_WELSH_SENTENCE)).isEmpty();
    }

    @Test
    void samplePagesOfTheSafeSearchReadAtPrimaryLevel() {
        List<ChildText> pages = SamplePages.all();
        List<ReadingReport.Scored> scored = pages.stream()
                .map(p -> new ReadingReport.Scored(p.name(), p.text(), ReadingEase.score(p.text()))).toList();
        double min = scored.stream().mapToDouble(ReadingReport.Scored::ease).min().orElseThrow();
        double mean = scored.stream().mapToDouble(ReadingReport.Scored::ease).average().orElseThrow();
        long under70 = scored.stream().filter(s -> s.ease() < 70).count();
        long under80 = scored.stream().filter(s -> s.ease() < 80).count();
        StringBuilder section = new StringBuilder(String.format(Locale.ROOT, "### Safe search sample pages (whole "
                + "pages)%n%n%d pages; Flesch min %.1f, mean %.1f; %d under 80, %d under 70.%n%n| Flesch | words | page "
                + "|%n|---|---|---|%n", scored.size(), min, mean, under80, under70));
        scored.stream().sorted(Comparator.comparingDouble(ReadingReport.Scored::ease)).limit(5)
                .forEach(s -> section.append(String.format(Locale.ROOT, "| %.1f | %d | %s |%n", s.ease(),
                        s.score().words(), s.name())));
        REPORT.put(3, section.append('\n').toString());

        assertThat(scored).hasSizeGreaterThan(100);
        assertThat(scored).allSatisfy(s -> assertThat(s.ease()).as(s.name()).isGreaterThanOrEqualTo(PAGE_FLOOR));
    }

    private static String syllableAccuracy(List<ChildText> texts) {
        Map<String, Integer> dictionary = PronouncingDictionary.load();
        Set<String> used = new HashSet<>();
        texts.forEach(t -> ReadingEase.words(t.text()).forEach(w -> used.add(w.toLowerCase(Locale.ROOT))));
        used.retainAll(dictionary.keySet());
        return String.format(Locale.ROOT, "### Syllable heuristic against the CMU Pronouncing Dictionary%n%n"
                        + "Same count for %.1f%% of the %d dictionary words in these texts, %.1f%% of all %d listed "
                        + "words (sample pages included).%n%n", 100 * PronouncingDictionary.agreement(dictionary, used),
                used.size(), 100 * PronouncingDictionary.agreement(dictionary, dictionary.keySet()),
                dictionary.size());
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path out = Path.of("target", "reading-age.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "## Reading age of child-facing texts\n\n" + String.join("", REPORT.values()));
    }
}
