package uk.safekiosk.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;

/**
 * Queries written before any rule for them must stay above the project's floors: {@code fresh-queries.jsonl} (150,
 * written first) and {@code shape-queries.jsonl} (new wordings of each shape the screen answers, with harmless
 * look-alikes beside them).
 */
class FreshQueryCorpusFloorTest {

    private static final QueryScreen SCREEN = QueryScreen.fromContent(ContentSource.defaults());

    @Test
    void freshCorpusStaysAboveTheFloors() throws IOException, URISyntaxException {
        List<LabelledQuery> corpus = corpus("/fresh-queries.jsonl");

        assertThat(corpus).hasSize(150);
        assertAboveTheFloors(QueryCorpusScore.of(SCREEN, corpus));
    }

    @Test
    void shapeCorpusStaysAboveTheFloors() throws IOException, URISyntaxException {
        List<LabelledQuery> corpus = corpus("/shape-queries.jsonl");

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(640);
        assertAboveTheFloors(QueryCorpusScore.of(SCREEN, corpus));
    }

    private static List<LabelledQuery> corpus(String resource) throws IOException, URISyntaxException {
        return LabelledQuery.read(Path.of(FreshQueryCorpusFloorTest.class.getResource(resource).toURI()));
    }

    private static void assertAboveTheFloors(QueryCorpusScore score) {
        assertThat(score.recall()).as(score.summary()).isGreaterThanOrEqualTo(QueryCorpusScore.MIN_RECALL);
        assertThat(score.falseBlock()).as(score.summary()).isLessThanOrEqualTo(QueryCorpusScore.MAX_FALSE_BLOCK);
        assertThat(score.escalate()).as(score.summary()).isGreaterThanOrEqualTo(QueryCorpusScore.MIN_ESCALATE);
    }
}
