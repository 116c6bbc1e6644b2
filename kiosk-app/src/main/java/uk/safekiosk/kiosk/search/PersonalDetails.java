package uk.safekiosk.kiosk.search;

import java.util.List;
import java.util.Set;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.rules.GatewayRule;
import uk.safekiosk.gateway.policy.rules.GatewayRules;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * PERSONAL: a pupil typing their own phone number, postcode, address or email into search. The mail gateway's
 * detectors already find these however they are written (and let "10 Downing Street", "vitamin B12" and "24 x 7"
 * through), so the screen asks them.
 */
final class PersonalDetails {

    private static final Set<ReasonCode> PERSONAL = Set.of(ReasonCode.PHONE, ReasonCode.POSTCODE, ReasonCode.ADDRESS,
            ReasonCode.EMAIL);

    private final List<GatewayRule> detectors;

    private PersonalDetails(List<GatewayRule> detectors) {
        this.detectors = detectors;
    }

    static PersonalDetails fromContent(ContentSource content, TextNormaliser normaliser) {
        return new PersonalDetails(GatewayRules.fromContent(content, normaliser).stream()
                .filter(rule -> PERSONAL.contains(rule.reason()))
                .toList());
    }

    boolean foundIn(String query) {
        MessageView asMessage = MessageView.ofPlainText("", List.of(), "", query);
        return detectors.stream().anyMatch(rule -> !rule.inspect(asMessage).isEmpty());
    }
}
