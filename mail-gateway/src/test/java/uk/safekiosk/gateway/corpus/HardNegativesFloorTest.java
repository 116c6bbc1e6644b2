package uk.safekiosk.gateway.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.policy.PolicyChain;
import uk.safekiosk.gateway.policy.Verdict;

/**
 * Harmless pupil messages that share words with disclosures and bullying ({@code harmless-hard-negatives.jsonl}:
 * "my dad hit a six", "i hurt myself on the trampoline", "you smell of suncream"). A false escalation sends a
 * grown-up running and teaches staff to ignore the alarm, so these stay at what the rules reached.
 */
class HardNegativesFloorTest {

    private static final int MAX_ESCALATED = 0;
    private static final int MAX_STOPPED = 3;

    @Test
    void harmlessMessagesSharingWordsWithHarmPass() throws IOException, URISyntaxException {
        List<LabelledMessage> corpus = LabelledMessage.read(
                Path.of(HardNegativesFloorTest.class.getResource("/harmless-hard-negatives.jsonl").toURI()));
        PolicyChain chain = PolicyChain.fromContent(ContentSource.defaults());

        List<String> escalated = corpus.stream()
                .filter(m -> chain.evaluate(view(m)) instanceof Verdict.Escalate).map(LabelledMessage::body).toList();
        List<String> stopped = corpus.stream()
                .filter(m -> !(chain.evaluate(view(m)) instanceof Verdict.Deliver)).map(LabelledMessage::body).toList();

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(140).allMatch(m -> !m.shouldStop());
        assertThat(escalated).as("falsely escalated").hasSizeLessThanOrEqualTo(MAX_ESCALATED);
        assertThat(stopped).as("falsely stopped").hasSizeLessThanOrEqualTo(MAX_STOPPED);
    }

    private static MessageView view(LabelledMessage m) {
        return MessageView.ofPlainText("", List.of(), m.subject(), m.body());
    }
}
