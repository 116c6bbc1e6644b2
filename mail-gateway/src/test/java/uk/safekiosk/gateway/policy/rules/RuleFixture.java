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

    /** The rule with this id ("disclosure" sits beside "selfharm" with the same reason). */
    static GatewayRule ruleWithId(String id) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** What the rule with this id finds in a message with this body. */
    static List<String> matchedBy(String ruleId, String body) {
        return ruleWithId(ruleId).inspect(MessageView.ofPlainText("pupil@school", List.of("friend@school"), "", body))
                .stream().map(Finding::matched).toList();
    }

    /** What the rules for {@code reason} find in a message with this body (SELFHARM has two). */
    static List<Finding> findings(ReasonCode reason, String body) {
        MessageView message = MessageView.ofPlainText("pupil@school", List.of("friend@school"), "", body);
        return RULES.stream().filter(r -> r.reason() == reason).flatMap(r -> r.inspect(message).stream()).toList();
    }

    static List<String> matched(ReasonCode reason, String body) {
        return findings(reason, body).stream().map(Finding::matched).toList();
    }
}
