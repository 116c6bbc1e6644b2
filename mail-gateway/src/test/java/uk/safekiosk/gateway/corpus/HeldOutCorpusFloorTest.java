package uk.safekiosk.gateway.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.policy.PolicyChain;

/**
 * The red-team sets must stay at what the lists reached on them. Sets 1 to 4 and the "fresh" sets (written for the
 * disclosure rule) were each written, scored, and only then used to widen the lists, so their floors guard against
 * going back, not against new wording. Sets 5 and 6 (set 6 written blind by a separate author who never saw the
 * rules or lists) measured wording the lists had not seen until the bullying round that added
 * {@code fresh5-bullying.jsonl}; that round tuned on their BULLYING misses, so their floors now only guard against
 * going back too, and new wording has to be measured on a new set. A set's floor is what it reached, not the
 * project-wide floor. {@code fresh5-bullying.jsonl} is bullying and its harmless look-alikes, written in six
 * batches, each scored before the lists were widened for it (figures in {@code heldout-scores.md}).
 */
class HeldOutCorpusFloorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file,                      size, recall, false-block, escalate
            "heldout-messages.jsonl,      286,  1.000,  0.000,       1.000",
            "heldout2-messages.jsonl,     154,  1.000,  0.013,       1.000",
            "heldout3-messages.jsonl,     126,  1.000,  0.035,       1.000",
            "heldout4-messages.jsonl,     65,   1.000,  0.000,       1.000",
            "heldout5-messages.jsonl,     50,   0.70,   0.000,       0.50",
            "heldout6-messages.jsonl,     180,  0.82,   0.028,       0.699",
            "fresh-messages.jsonl,        104,  1.000,  0.000,       1.000",
            "fresh2-messages.jsonl,       130,  1.000,  0.040,       1.000",
            "fresh3-messages.jsonl,       90,   0.98,   0.000,       0.975",
            "fresh4-messages.jsonl,       90,   1.000,  0.067,       1.000",
            "fresh5-bullying.jsonl,       345,  0.99,   0.000,       1.000"})
    void heldOutSetStaysAtItsFloors(String file, int size, double minRecall, double maxFalseBlock,
            double minEscalate) throws IOException, URISyntaxException {
        List<LabelledMessage> corpus = LabelledMessage.read(
                Path.of(HeldOutCorpusFloorTest.class.getResource("/" + file).toURI()));

        CorpusScore score = CorpusScore.of(PolicyChain.fromContent(ContentSource.defaults()), corpus);

        assertThat(corpus).hasSize(size);
        assertThat(score.recall()).as(score.summary()).isGreaterThanOrEqualTo(minRecall);
        assertThat(score.falseBlock()).as(score.summary()).isLessThanOrEqualTo(maxFalseBlock);
        assertThat(score.escalate()).as(score.summary()).isGreaterThanOrEqualTo(minEscalate);
    }
}
