package uk.safekiosk.gateway.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.policy.PolicyChain;

/**
 * The shared dev corpus ({@code <shared.dir>/corpora/messages-dev.jsonl}, default {@code ../../shared} from the
 * module) must stay above the project's floors. Skipped where the workspace's shared folder is not beside the clone.
 */
class DevCorpusFloorTest {

    @Test
    void devCorpusStaysAboveTheFloors() throws IOException {
        Path corpus = Path.of(System.getProperty("shared.dir", "../../shared"), "corpora", "messages-dev.jsonl");
        assumeTrue(Files.isRegularFile(corpus), "no shared dev corpus at " + corpus.toAbsolutePath());

        CorpusScore score = CorpusScore.of(PolicyChain.fromContent(ContentSource.defaults()),
                LabelledMessage.read(corpus));

        assertThat(score.recall()).as(score.summary()).isGreaterThanOrEqualTo(CorpusScore.MIN_RECALL);
        assertThat(score.falseBlock()).as(score.summary()).isLessThanOrEqualTo(CorpusScore.MAX_FALSE_BLOCK);
        assertThat(score.escalate()).as(score.summary()).isGreaterThanOrEqualTo(CorpusScore.MIN_ESCALATE);
    }
}
