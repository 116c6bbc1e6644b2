package uk.safekiosk.gateway.policy.rules;

import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.text.PhraseList;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * BULLYING: unkind, excluding, humiliating or threatening words aimed at the reader: the phrases of
 * {@code gateway/bullying.txt} and the shapes of {@code bullying-grammar.txt}, less the friendly forms of
 * {@code word-allow.txt} and {@code bullying-allow.txt}.
 */
final class BullyingRule extends PhraseRule {

    BullyingRule(TextNormaliser normaliser, PhraseList phrases, PhraseList allowed) {
        super("bullying", ReasonCode.BULLYING, normaliser, phrases, allowed);
    }
}
