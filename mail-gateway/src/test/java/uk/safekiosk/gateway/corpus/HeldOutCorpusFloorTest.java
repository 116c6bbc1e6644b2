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
 * going back, not against new wording. A set's floor is what it reached, not the project-wide floor. Set 6 was written
 * blind by a separate author who never saw the rules or lists; sets 5 and 6 measured wording the lists had not seen
 * until the round that added {@code fresh5-selfharm.jsonl} and {@code fresh5-bullying.jsonl} (the two engineers' own
 * new wordings and look-alikes, each batch scored before the lists were widened for it) and took in
 * {@code tune7-messages.jsonl} (written by a separate author, scored once before it was tuned on). That round tuned
 * on their misses, so every set here now only guards against going back; new wording is measured on a set nobody has
 * tuned on (README, "How well it generalises"). {@code variants8-messages.jsonl} holds new wordings of blind7's MEET,
 * PASSWORD, SOCIAL and BULLYING misses and their look-alikes, written and scored before the lists were widened.
 * {@code blind7-messages.jsonl} (written blind) was scored once before its misses were generalised into shapes;
 * {@code sh2-selfharm.jsonl} holds that round's SELFHARM variants and look-alikes, a second batch of which was scored
 * before the lists were widened for it. {@code blind8-messages.jsonl} (written blind, kept outside the repository until
 * a ninth blind set was written) was scored once at 0.864 / 0.027 / 0.840 before anyone read its misses.
 * {@code round9-selfharm.jsonl} holds round 9's SELFHARM variants and look-alikes (four batches, each scored before the
 * lists were widened for it, figures in heldout-scores.md; its false blocks left are MEET and one "i dont want to go
 * home yet").
 * {@code round9-other.jsonl} holds new wordings of blind8's BULLYING, PASSWORD and MEET misses and their
 * look-alikes (110 lines scored at 0.400 / 0.073 before the lists changed; a second batch of 42 at 0.522 / 0.105
 * before any list changed and 0.652 / 0.000 after the first widening, before it was tuned on; a third batch of 47
 * at 0.704 / 0.000 before it was tuned on).
 */
class HeldOutCorpusFloorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file,                      size, recall, false-block, escalate
            "heldout-messages.jsonl,      286,  1.000,  0.000,       1.000",
            "heldout2-messages.jsonl,     154,  1.000,  0.013,       1.000",
            "heldout3-messages.jsonl,     126,  1.000,  0.035,       1.000",
            "heldout4-messages.jsonl,     65,   1.000,  0.000,       1.000",
            "heldout5-messages.jsonl,     50,   1.000,  0.000,       1.000",
            "heldout6-messages.jsonl,     180,  1.000,  0.000,       1.000",
            "fresh-messages.jsonl,        104,  1.000,  0.000,       1.000",
            "fresh2-messages.jsonl,       130,  1.000,  0.000,       1.000",
            "fresh3-messages.jsonl,       90,   1.000,  0.000,       1.000",
            "fresh4-messages.jsonl,       90,   1.000,  0.034,       1.000",
            "fresh5-selfharm.jsonl,       499,  0.98,   0.008,       0.98",
            "fresh5-bullying.jsonl,       345,  0.99,   0.000,       1.000",
            "tune7-messages.jsonl,        260,  0.99,   0.000,       1.000",
            "variants8-messages.jsonl,    189,  0.98,   0.000,       1.000",
            "blind7-messages.jsonl,       240,  0.89,   0.013,       1.000",
            "sh2-selfharm.jsonl,          151,  0.95,   0.063,       0.95",
            "blind8-messages.jsonl,       200,  1.000,  0.000,       1.000",
            "round9-selfharm.jsonl,       187,  0.98,   0.048,       0.98",
            "round9-other.jsonl,          199,  0.99,   0.011,       1.000"})
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
