package uk.safekiosk.gateway.policy.rules;

import java.util.List;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.rules.ScannedMessage.ScannedText;
import uk.safekiosk.gateway.text.NormalisedText;
import uk.safekiosk.gateway.text.PhraseList;
import uk.safekiosk.gateway.text.PhraseMatch;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * MEET: arranging to meet outside school. An invitation home, to a party or a sleepover is enough on its own
 * ({@code meet.txt}); "meet me at", "come find me" and the like count when an outside place or time is in the same
 * or the next sentence ({@code meet-if-outside.txt}, {@code meet-places.txt}, {@code meet-times.txt}). A place in
 * school ("the reading corner", {@code meet-school.txt}) makes a plan fine, unless an outside place is named too.
 */
final class MeetRule extends GatewayRule {

    /** The lists behind the rule. */
    record Lists(PhraseList invitations, PhraseList triggers, PhraseList places, PhraseList times,
            PhraseList school) {
    }

    private final Lists lists;

    MeetRule(TextNormaliser normaliser, Lists lists) {
        super("meet", ReasonCode.MEET, normaliser);
        this.lists = lists;
    }

    @Override
    void inspectText(ScannedText text, List<Finding> into) {
        NormalisedText t = text.text();
        List<PhraseMatch> strong = lists.invitations().find(t);
        List<PhraseMatch> weak = lists.triggers().find(t);
        if (strong.isEmpty() && weak.isEmpty()) {
            return;
        }
        List<PhraseMatch> inSchool = lists.school().find(t);
        List<PhraseMatch> places = outside(lists.places().find(t), inSchool);
        List<PhraseMatch> times = outside(lists.times().find(t), inSchool);
        for (PhraseMatch invitation : strong) {
            if (!isInSchool(invitation, inSchool, places)) {
                into.add(finding(text, invitation.start(), invitation.end()));
            }
        }
        for (PhraseMatch trigger : weak) {
            boolean outsideNear = near(trigger, places) || near(trigger, times);
            if (outsideNear && !isInSchool(trigger, inSchool, places)) {
                into.add(finding(text, trigger.start(), trigger.end()));
            }
        }
    }

    /**
     * Outside words that are not part of an in-school phrase ("after school" inside "after school club"). A longer
     * outside phrase around a school word stays outside ("the library on saturday" is not the school library).
     */
    private static List<PhraseMatch> outside(List<PhraseMatch> found, List<PhraseMatch> inSchool) {
        return found.stream()
                .filter(place -> inSchool.stream().noneMatch(s -> s.overlaps(place.start(), place.end())
                        && !(place.start() <= s.start() && place.end() >= s.end()
                                && place.end() - place.start() > s.end() - s.start())))
                .toList();
    }

    private static boolean near(PhraseMatch plan, List<PhraseMatch> found) {
        return found.stream().anyMatch(p -> Math.abs(p.sentence() - plan.sentence()) <= 1);
    }

    private static boolean isInSchool(PhraseMatch plan, List<PhraseMatch> inSchool, List<PhraseMatch> places) {
        return inSchool.stream().anyMatch(s -> s.sentence() == plan.sentence())
                && places.stream().noneMatch(p -> p.sentence() == plan.sentence());
    }
}
