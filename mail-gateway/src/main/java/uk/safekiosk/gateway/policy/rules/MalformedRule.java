package uk.safekiosk.gateway.policy.rules;

import java.util.List;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.text.TextNormaliser;

/** A message the parser could not read cleanly: a grown-up looks before anyone else does. */
final class MalformedRule extends GatewayRule {

    MalformedRule(TextNormaliser normaliser) {
        super("malformed", ReasonCode.MALFORMED, normaliser);
    }

    @Override
    public List<Finding> inspect(ScannedMessage message) {
        return message.message().defects().stream()
                .map(defect -> Finding.fact(ReasonCode.MALFORMED, id(), defect))
                .toList();
    }
}
