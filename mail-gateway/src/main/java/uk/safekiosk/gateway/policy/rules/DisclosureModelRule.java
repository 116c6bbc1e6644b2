package uk.safekiosk.gateway.policy.rules;

import java.util.List;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.rules.ScannedMessage.ScannedText;
import uk.safekiosk.gateway.text.TextNormaliser;
import uk.safekiosk.gateway.text.Token;

/**
 * SELFHARM, as a trained second opinion ({@link DisclosureModel}, {@code gateway/disclosure-model.tsv}) for
 * disclosures in words no list was written for. It can only add a finding, never excuse one, and finds nothing
 * when the model's threshold is {@code off}. The finding covers the words of the part that scored highest, since a
 * model has no single phrase to point at.
 */
final class DisclosureModelRule extends GatewayRule {

    private final DisclosureModel model;

    DisclosureModelRule(TextNormaliser normaliser, DisclosureModel model) {
        super("disclosure-model", ReasonCode.SELFHARM, normaliser);
        this.model = model;
    }

    @Override
    public List<Finding> inspect(ScannedMessage message) {
        if (!model.isOn()) {
            return List.of();
        }
        DisclosureModel.Sum total = new DisclosureModel.Sum();
        ScannedText strongest = null;
        double strongestWeight = Double.NEGATIVE_INFINITY;
        for (ScannedText text : message.contentTexts()) {
            DisclosureModel.Sum sum = model.sum(text.text());
            total.add(sum);
            if (!text.text().words().isEmpty() && sum.weight() > strongestWeight) {
                strongest = text;
                strongestWeight = sum.weight();
            }
        }
        if (strongest == null || model.score(total) < model.threshold()) {
            return List.of();
        }
        List<Token> words = strongest.text().words();
        return List.of(finding(strongest, words.getFirst().start(), words.getLast().end()));
    }
}
