package uk.safekiosk.gateway.policy.rules;

import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.text.PhraseList;
import uk.safekiosk.gateway.text.TextNormaliser;

/** OFFENSIVE: swearing and rude words, however they are disguised (phrases from {@code gateway/offensive.txt}). */
final class OffensiveRule extends PhraseRule {

    OffensiveRule(TextNormaliser normaliser, PhraseList phrases, PhraseList allowed) {
        super("offensive", ReasonCode.OFFENSIVE, normaliser, phrases, allowed);
    }
}
