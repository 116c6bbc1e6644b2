package uk.safekiosk.gateway.policy.rules;

import java.util.List;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.rules.ScannedMessage.ScannedText;
import uk.safekiosk.gateway.text.PhraseList;
import uk.safekiosk.gateway.text.PhraseMatch;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * A rule that is a phrase list, less anything an allowed phrase overlaps (so "Scunthorpe", "Moby Dick" and
 * "this maths is killing me" pass). An allowed word lying wholly inside a longer match does not excuse it:
 * "class" is allowed, "i told the whole class you wet the bed" is not.
 */
abstract class PhraseRule extends GatewayRule {

    private final PhraseList phrases;
    private final PhraseList allowed;

    PhraseRule(String id, ReasonCode reason, TextNormaliser normaliser, PhraseList phrases, PhraseList allowed) {
        super(id, reason, normaliser);
        this.phrases = phrases;
        this.allowed = allowed;
    }

    @Override
    void inspectText(ScannedText text, List<Finding> into) {
        List<PhraseMatch> found = phrases.find(text.text());
        if (found.isEmpty()) {
            return;
        }
        List<PhraseMatch> exceptions = allowed.find(text.text());
        found.stream()
                .filter(match -> exceptions.stream().noneMatch(a -> excuses(a, match)))
                .map(match -> finding(text, match.start(), match.end()))
                .distinct()
                .forEach(into::add);
    }

    private static boolean excuses(PhraseMatch allowed, PhraseMatch match) {
        boolean strictlyInside = allowed.start() >= match.start() && allowed.end() <= match.end()
                && (allowed.start() > match.start() || allowed.end() < match.end());
        return allowed.overlaps(match.start(), match.end()) && !strictlyInside;
    }
}
