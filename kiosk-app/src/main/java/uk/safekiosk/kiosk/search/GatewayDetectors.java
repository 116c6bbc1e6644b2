package uk.safekiosk.kiosk.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.rules.GatewayRule;
import uk.safekiosk.gateway.policy.rules.GatewayRules;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * What the mail gateway's detectors find in a query, read as if the child had written it in a message.
 * PERSONAL: a pupil typing their own phone number, postcode, address or email (the detectors find these however they
 * are written, and let "10 Downing Street", "vitamin B12" and "24 x 7" through). SELFHARM: a child telling of harm in
 * the search box ("my mum drinks every night and i dont feel safe") — children type to a search box what they would
 * tell a person, and the gateway's disclosure rule (cues put together, lessons and stories excused) catches wordings
 * no query list has, so the same words reach a grown-up whichever box they were typed in. The trained second opinion
 * is left out: it learnt from whole messages, and a few words of a query give it too little to go on.
 */
final class GatewayDetectors {

    private static final Map<ReasonCode, QueryReason> AS_QUERY = Map.of(
            ReasonCode.PHONE, QueryReason.PERSONAL,
            ReasonCode.POSTCODE, QueryReason.PERSONAL,
            ReasonCode.ADDRESS, QueryReason.PERSONAL,
            ReasonCode.EMAIL, QueryReason.PERSONAL,
            ReasonCode.SELFHARM, QueryReason.SELFHARM);

    private final List<GatewayRule> detectors;

    private GatewayDetectors(List<GatewayRule> detectors) {
        this.detectors = detectors;
    }

    static GatewayDetectors fromContent(ContentSource content, TextNormaliser normaliser) {
        return new GatewayDetectors(GatewayRules.listRulesFor(content, normaliser, AS_QUERY.keySet()));
    }

    Set<QueryReason> foundIn(String query) {
        MessageView asMessage = MessageView.ofPlainText("", List.of(), "", query);
        Set<QueryReason> found = EnumSet.noneOf(QueryReason.class);
        for (GatewayRule rule : detectors) {
            if (!rule.inspect(asMessage).isEmpty()) {
                found.add(AS_QUERY.get(rule.reason()));
            }
        }
        return found;
    }
}
