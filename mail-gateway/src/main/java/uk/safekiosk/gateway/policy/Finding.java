package uk.safekiosk.gateway.policy;

import java.util.Objects;
import uk.safekiosk.gateway.message.TextOrigin;

/**
 * One thing a rule found: the reason, which rule, and where. {@code start}/{@code end} index into the text of the
 * {@link uk.safekiosk.gateway.message.TextPart} with origin {@code origin} (for a live hint, the body); for facts that
 * are not text (an attachment, a MIME defect) they are both 0 and {@code origin} is null.
 */
public record Finding(ReasonCode reason, String ruleId, TextOrigin origin, int start, int end, String matched) {
    public Finding {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(ruleId, "ruleId");
        matched = matched == null ? "" : matched;
    }

    public static Finding fact(ReasonCode reason, String ruleId, String what) {
        return new Finding(reason, ruleId, null, 0, 0, what);
    }
}
