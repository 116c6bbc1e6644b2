package uk.safekiosk.gateway.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.policy.PolicyChain;

/** The gateway's own hand-written corpus ({@code own-messages.jsonl}) must stay above the project's floors. */
class OwnCorpusFloorTest {

    static Path ownCorpus() throws URISyntaxException {
        return Path.of(OwnCorpusFloorTest.class.getResource("/own-messages.jsonl").toURI());
    }

    @Test
    void ownCorpusStaysAboveTheFloors() throws IOException, URISyntaxException {
        List<LabelledMessage> corpus = LabelledMessage.read(ownCorpus());

        CorpusScore score = CorpusScore.of(PolicyChain.fromContent(ContentSource.defaults()), corpus);

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
        assertThat(score.recall()).as(score.summary()).isGreaterThanOrEqualTo(CorpusScore.MIN_RECALL);
        assertThat(score.falseBlock()).as(score.summary()).isLessThanOrEqualTo(CorpusScore.MAX_FALSE_BLOCK);
        assertThat(score.escalate()).as(score.summary()).isGreaterThanOrEqualTo(CorpusScore.MIN_ESCALATE);
    }
}
