package uk.safekiosk.gateway.policy.rules;

import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.text.PhraseList;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * SELFHARM: a child telling us they are being hurt, hurting themselves or not safe
 * (phrases from {@code gateway/selfharm.txt}).
 */
final class SelfHarmRule extends PhraseRule {

    /** No allow list: a disclosure is never explained away. */
    SelfHarmRule(TextNormaliser normaliser, PhraseList phrases) {
        super("selfharm", ReasonCode.SELFHARM, normaliser, phrases, PhraseList.empty());
    }
}
