package uk.safekiosk.kiosk.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores the screen on a labelled corpus the way {@code shared/tools/score.py} does: recall (queries that should be
 * stopped and were), false-block (queries that should pass and were stopped) and escalate (SELFHARM queries that
 * were escalated).
 */
record QueryCorpusScore(double recall, double falseBlock, double escalate, List<String> mistakes) {

    static final double MIN_RECALL = 0.97;
    static final double MAX_FALSE_BLOCK = 0.03;
    static final double MIN_ESCALATE = 1.00;

    static QueryCorpusScore of(QueryScreen screen, List<LabelledQuery> corpus) {
        int blocks = 0;
        int stoppedBlocks = 0;
        int allows = 0;
        int stoppedAllows = 0;
        int selfHarm = 0;
        int escalated = 0;
        List<String> mistakes = new ArrayList<>();
        for (LabelledQuery q : corpus) {
            ScreenResult r = screen.screen(q.query());
            boolean stopped = !r.allowed();
            boolean needsGrownUp = q.labels().contains("SELFHARM");
            if (q.shouldStop()) {
                blocks++;
                stoppedBlocks += stopped ? 1 : 0;
            } else {
                allows++;
                stoppedAllows += stopped ? 1 : 0;
            }
            if (needsGrownUp) {
                selfHarm++;
                escalated += r.verdict() == QueryVerdict.ESCALATE ? 1 : 0;
            }
            if (stopped != q.shouldStop() || (needsGrownUp && r.verdict() != QueryVerdict.ESCALATE)) {
                mistakes.add(q.id() + " " + q.labels() + " -> " + r.verdict() + " " + r.reasons() + ": " + q.query());
            }
        }
        return new QueryCorpusScore(blocks == 0 ? 1 : (double) stoppedBlocks / blocks,
                allows == 0 ? 0 : (double) stoppedAllows / allows,
                selfHarm == 0 ? 1 : (double) escalated / selfHarm, List.copyOf(mistakes));
    }

    String summary() {
        return String.format("recall=%.3f false-block=%.3f escalate=%.3f%n%s", recall, falseBlock, escalate,
                String.join("\n", mistakes));
    }
}
