package uk.safekiosk.gateway.policy.rules;

import java.util.List;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.text.TextNormaliser;

/** The shipped rules, built once for the rule tests. */
final class RuleFixture {

    private static final TextNormaliser NORMALISER = TextNormaliser.fromContent(ContentSource.defaults());
    private static final List<GatewayRule> RULES = GatewayRules.fromContent(ContentSource.defaults(), NORMALISER);

    private RuleFixture() {
    }

    static GatewayRule rule(ReasonCode reason) {
        return RULES.stream().filter(r -> r.reason() == reason).findFirst().orElseThrow();
    }

    /** What the rule for {@code reason} finds in a message with this body. */
    static List<Finding> findings(ReasonCode reason, String body) {
        return rule(reason).inspect(MessageView.ofPlainText("pupil@school", List.of("friend@school"), "", body));
    }

    static List<String> matched(ReasonCode reason, String body) {
        return findings(reason, body).stream().map(Finding::matched).toList();
    }
}
