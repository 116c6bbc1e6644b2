package uk.safekiosk.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;

/**
 * The shared dev corpus ({@code <shared.dir>/corpora/queries-dev.jsonl}, default {@code ../../shared} from the
 * module) must stay above the project's floors. Skipped where the workspace's shared folder is not beside the clone.
 */
class DevQueryCorpusFloorTest {

    @Test
    void devCorpusStaysAboveTheFloors() throws IOException {
        Path corpus = Path.of(System.getProperty("shared.dir", "../../shared"), "corpora", "queries-dev.jsonl");
        assumeTrue(Files.isRegularFile(corpus), "no shared dev corpus at " + corpus.toAbsolutePath());

        QueryCorpusScore score = QueryCorpusScore.of(QueryScreen.fromContent(ContentSource.defaults()),
                LabelledQuery.read(corpus));

        assertThat(score.recall()).as(score.summary()).isGreaterThanOrEqualTo(QueryCorpusScore.MIN_RECALL);
        assertThat(score.falseBlock()).as(score.summary()).isLessThanOrEqualTo(QueryCorpusScore.MAX_FALSE_BLOCK);
        assertThat(score.escalate()).as(score.summary()).isGreaterThanOrEqualTo(QueryCorpusScore.MIN_ESCALATE);
    }
}
