package uk.safekiosk.gateway.policy.rules;

import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.text.PhraseList;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * PASSWORD: sharing or asking for a password, PIN, passcode or log-in ({@code gateway/password.txt}). Talking about
 * passwords ("we learned how to make a strong password") is fine ({@code gateway/password-allow.txt}).
 */
final class PasswordRule extends PhraseRule {

    PasswordRule(TextNormaliser normaliser, PhraseList phrases, PhraseList allowed) {
        super("password", ReasonCode.PASSWORD, normaliser, phrases, allowed);
    }
}
