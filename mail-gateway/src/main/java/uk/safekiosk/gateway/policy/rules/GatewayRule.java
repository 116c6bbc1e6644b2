package uk.safekiosk.gateway.policy.rules;

import java.util.ArrayList;
import java.util.List;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.Rule;
import uk.safekiosk.gateway.policy.rules.ScannedMessage.ScannedText;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * A gateway rule: looks at a message normalised once by the chain ({@link #inspect(ScannedMessage)}), or normalises
 * it itself when used alone ({@link #inspect(MessageView)}). Only this package makes rules.
 */
public abstract class GatewayRule implements Rule {

    private final String id;
    private final ReasonCode reason;
    private final TextNormaliser normaliser;

    GatewayRule(String id, ReasonCode reason, TextNormaliser normaliser) {
        this.id = id;
        this.reason = reason;
        this.normaliser = normaliser;
    }

    @Override
    public final String id() {
        return id;
    }

    public final ReasonCode reason() {
        return reason;
    }

    @Override
    public final List<Finding> inspect(MessageView message) {
        return inspect(ScannedMessage.scan(message, normaliser));
    }

    /** By default looks at each readable text part in turn. */
    public List<Finding> inspect(ScannedMessage message) {
        List<Finding> findings = new ArrayList<>();
        for (ScannedText text : message.contentTexts()) {
            inspectText(text, findings);
        }
        return findings;
    }

    /** Adds what this rule finds in one text part. */
    void inspectText(ScannedText text, List<Finding> into) {
    }

    final Finding finding(ScannedText text, int start, int end) {
        return new Finding(reason, id, text.origin(), start, end, text.text().slice(start, end));
    }
}
