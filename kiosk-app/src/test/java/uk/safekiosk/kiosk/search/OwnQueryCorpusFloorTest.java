package uk.safekiosk.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;

/** The search's own hand-written query corpus ({@code own-queries.jsonl}) must stay above the project's floors. */
class OwnQueryCorpusFloorTest {

    @Test
    void ownCorpusStaysAboveTheFloors() throws IOException, URISyntaxException {
        List<LabelledQuery> corpus = LabelledQuery.read(
                Path.of(OwnQueryCorpusFloorTest.class.getResource("/own-queries.jsonl").toURI()));

        QueryCorpusScore score = QueryCorpusScore.of(QueryScreen.fromContent(ContentSource.defaults()), corpus);

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
        assertThat(score.recall()).as(score.summary()).isGreaterThanOrEqualTo(QueryCorpusScore.MIN_RECALL);
        assertThat(score.falseBlock()).as(score.summary()).isLessThanOrEqualTo(QueryCorpusScore.MAX_FALSE_BLOCK);
        assertThat(score.escalate()).as(score.summary()).isGreaterThanOrEqualTo(QueryCorpusScore.MIN_ESCALATE);
    }
}
