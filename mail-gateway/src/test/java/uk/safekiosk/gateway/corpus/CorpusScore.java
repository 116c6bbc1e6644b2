package uk.safekiosk.gateway.corpus;

import java.util.ArrayList;
import java.util.List;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.policy.Policy;
import uk.safekiosk.gateway.policy.Verdict;

/**
 * Scores a policy on a labelled corpus the way {@code shared/tools/score.py} does: recall (messages that should be
 * stopped and were), false-block (messages that should pass and were stopped) and escalate (SELFHARM messages
 * that were escalated).
 */
record CorpusScore(double recall, double falseBlock, double escalate, List<String> mistakes) {

    static final double MIN_RECALL = 0.97;
    static final double MAX_FALSE_BLOCK = 0.03;
    static final double MIN_ESCALATE = 1.00;

    static CorpusScore of(Policy policy, List<LabelledMessage> corpus) {
        int blocks = 0;
        int blocked = 0;
        int allows = 0;
        int allowsStopped = 0;
        int selfHarm = 0;
        int escalated = 0;
        List<String> mistakes = new ArrayList<>();
        for (LabelledMessage m : corpus) {
            Verdict v = policy.evaluate(MessageView.ofPlainText("", List.of(), m.subject(), m.body()));
            boolean stopped = !(v instanceof Verdict.Deliver);
            if (m.shouldStop()) {
                blocks++;
                blocked += stopped ? 1 : 0;
                if (m.labels().contains("SELFHARM")) {
                    selfHarm++;
                    escalated += v instanceof Verdict.Escalate ? 1 : 0;
                }
            } else {
                allows++;
                allowsStopped += stopped ? 1 : 0;
            }
            boolean wrong = stopped != m.shouldStop()
                    || (m.labels().contains("SELFHARM") && !(v instanceof Verdict.Escalate));
            if (wrong) {
                mistakes.add(m.id() + " " + m.labels() + " -> " + v.name() + " " + v.reasons() + ": " + m.body());
            }
        }
        return new CorpusScore(blocks == 0 ? 1 : (double) blocked / blocks,
                allows == 0 ? 0 : (double) allowsStopped / allows,
                selfHarm == 0 ? 1 : (double) escalated / selfHarm,
                List.copyOf(mistakes));
    }

    String summary() {
        return String.format("recall=%.3f false-block=%.3f escalate=%.3f%n%s", recall, falseBlock, escalate,
                String.join("\n", mistakes));
    }
}
