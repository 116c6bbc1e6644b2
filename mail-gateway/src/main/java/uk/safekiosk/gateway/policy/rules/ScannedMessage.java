package uk.safekiosk.gateway.policy.rules;

import java.util.List;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.text.NormalisedText;
import uk.safekiosk.gateway.text.TextNormaliser;

/** A message with every text part normalised once, shared by all rules. */
public final class ScannedMessage {

    /** One text part of the message, normalised. */
    public record ScannedText(TextOrigin origin, NormalisedText text) {
    }

    private final MessageView message;
    private final List<ScannedText> texts;
    private final List<ScannedText> contentTexts;

    private ScannedMessage(MessageView message, List<ScannedText> texts) {
        this.message = message;
        this.texts = List.copyOf(texts);
        this.contentTexts = texts.stream().filter(t -> t.origin() != TextOrigin.LINK_TARGET).toList();
    }

    public static ScannedMessage scan(MessageView message, TextNormaliser normaliser) {
        return new ScannedMessage(message, message.texts().stream()
                .filter(part -> !part.text().isEmpty())
                .map(part -> new ScannedText(part.origin(), normaliser.normalise(part.text())))
                .toList());
    }

    public MessageView message() {
        return message;
    }

    /** Every text part, link targets included (for the link and email rules). */
    public List<ScannedText> texts() {
        return texts;
    }

    /** The parts a person reads: everything except link targets. */
    public List<ScannedText> contentTexts() {
        return contentTexts;
    }
}
