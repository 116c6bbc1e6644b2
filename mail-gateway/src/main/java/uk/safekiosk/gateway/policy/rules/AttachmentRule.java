package uk.safekiosk.gateway.policy.rules;

import java.util.List;
import uk.safekiosk.gateway.message.AttachmentFact;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.text.TextNormaliser;

/** Any non-text content (file, image, embedded message, encoded block): it never reaches a pupil unseen. */
final class AttachmentRule extends GatewayRule {

    AttachmentRule(TextNormaliser normaliser) {
        super("attachment", ReasonCode.ATTACHMENT, normaliser);
    }

    @Override
    public List<Finding> inspect(ScannedMessage message) {
        return message.message().attachments().stream()
                .map(fact -> Finding.fact(ReasonCode.ATTACHMENT, id(), describe(fact)))
                .toList();
    }

    private static String describe(AttachmentFact fact) {
        return fact.kind() + (fact.fileName().isEmpty() ? "" : " " + fact.fileName());
    }
}
