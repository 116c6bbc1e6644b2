package uk.safekiosk.kiosk.held;

import java.util.List;
import uk.safekiosk.gateway.message.AttachmentFact;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.policy.ReasonCode;

/**
 * A held message opened for a decision: its text only (every piece, each with what the rules found in it marked),
 * what else it carried (attachments by name and type, never opened; MIME problems), and findings that are facts
 * rather than words.
 */
public record HeldDetail(HeldSummary summary, List<ShownText> texts, List<AttachmentFact> attachments,
                         List<String> defects) {

    public HeldDetail {
        texts = List.copyOf(texts);
        attachments = List.copyOf(attachments);
        defects = List.copyOf(defects);
    }

    /** One piece of the message's text and the stretches the rules found in it, in order, not overlapping. */
    public record ShownText(TextOrigin origin, String text, List<Mark> marks) {
        public ShownText {
            marks = List.copyOf(marks);
        }
    }

    /** From {@code start} inclusive to {@code end} exclusive. */
    public record Mark(int start, int end, ReasonCode reason) {
    }
}
