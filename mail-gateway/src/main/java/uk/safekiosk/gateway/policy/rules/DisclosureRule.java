package uk.safekiosk.gateway.policy.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.rules.ScannedMessage.ScannedText;
import uk.safekiosk.gateway.text.NormalisedText;
import uk.safekiosk.gateway.text.PhraseList;
import uk.safekiosk.gateway.text.PhraseMatch;
import uk.safekiosk.gateway.text.TextNormaliser;
import uk.safekiosk.gateway.text.Token;

/**
 * SELFHARM, put together from cues rather than whole phrases: "my step dad ... whacks me", "i hide when they fight",
 * "nothing to eat all weekend", "a man on roblox ... send pics". The cue lists are {@code gateway/disclosure-*.txt};
 * which cues make a disclosure is {@link DisclosureShape}. It sits beside {@link SelfHarmRule}, whose whole phrases
 * are never excused.
 */
final class DisclosureRule extends GatewayRule {

    /** The trigger lists joined, so most messages cost one pass; the rest only when a trigger is found. */
    private final PhraseList triggers;
    private final PhraseList others;
    private final Set<String> negators;

    /**
     * @param cues     a compiled list for every {@link Cue}, made from {@link Cue#path()}
     * @param negators words that undo a trigger right before it ("never hits me")
     */
    DisclosureRule(TextNormaliser normaliser, Map<Cue, PhraseList> cues, Set<String> negators) {
        super("disclosure", ReasonCode.SELFHARM, normaliser);
        PhraseList joinedTriggers = PhraseList.empty();
        PhraseList joinedOthers = PhraseList.empty();
        for (Cue cue : Cue.values()) {
            PhraseList list = cues.get(cue);
            if (list == null) {
                throw new IllegalArgumentException("no list for disclosure cue " + cue);
            }
            if (DisclosureShape.TRIGGERS.contains(cue)) {
                joinedTriggers = joinedTriggers.plus(list);
            } else {
                joinedOthers = joinedOthers.plus(list);
            }
        }
        this.triggers = joinedTriggers;
        this.others = joinedOthers;
        this.negators = Set.copyOf(negators);
    }

    @Override
    void inspectText(ScannedText text, List<Finding> into) {
        NormalisedText t = text.text();
        List<PhraseMatch> triggered = triggers.find(t);
        if (triggered.isEmpty()) {
            return;
        }
        // A trigger cue may be another shape's context (fear after "can i tell you something bad").
        List<PhraseMatch> all = new ArrayList<>(others.find(t));
        all.addAll(triggered);
        Map<Cue, List<PhraseMatch>> found = byCue(all);
        Map<Cue, Set<Integer>> excused = new EnumMap<>(Cue.class);
        for (Cue excuse : DisclosureShape.EXCUSES) {
            excused.put(excuse, sentences(outside(found.get(excuse), triggered)));
        }
        for (PhraseMatch trigger : triggered) {
            Cue cue = Cue.ofList(trigger.list()).orElseThrow();
            if (negated(trigger, t.words())) {
                continue;
            }
            firstShape(cue, trigger, found, excused)
                    .ifPresent(span -> into.add(finding(text, span.start(), span.end())));
        }
    }

    /** The span of the first shape this trigger completes, from the trigger to its context. */
    private static Optional<Span> firstShape(Cue cue, PhraseMatch trigger, Map<Cue, List<PhraseMatch>> found,
            Map<Cue, Set<Integer>> excused) {
        for (DisclosureShape shape : DisclosureShape.values()) {
            if (shape.trigger() != cue || excused(shape, trigger.sentence(), excused)) {
                continue;
            }
            if (shape.context().isEmpty()) {
                return Optional.of(new Span(trigger.start(), trigger.end()));
            }
            for (Cue context : shape.context()) {
                for (PhraseMatch near : found.getOrDefault(context, List.of())) {
                    if (shape.apart(context) && near.start() < trigger.end() && trigger.start() < near.end()) {
                        continue;
                    }
                    if (shape.reach().covers(trigger.sentence(), near.sentence())
                            && !excused(shape, near.sentence(), excused)) {
                        return Optional.of(new Span(Math.min(trigger.start(), near.start()),
                                Math.max(trigger.end(), near.end())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean excused(DisclosureShape shape, int sentence, Map<Cue, Set<Integer>> excused) {
        for (Cue excuse : shape.excuses()) {
            if (excused.get(excuse).contains(sentence)) {
                return true;
            }
        }
        return false;
    }

    /** A negator just before the trigger in the same sentence undoes it ("dad never hits me"). */
    private boolean negated(PhraseMatch match, List<Token> words) {
        Token before = null;
        for (Token word : words) {
            if (word.end() > match.start()) {
                break;
            }
            before = word;
        }
        return before != null && before.sentence() == match.sentence() && negators.contains(before.text());
    }

    private static Map<Cue, List<PhraseMatch>> byCue(List<PhraseMatch> matches) {
        Map<Cue, List<PhraseMatch>> byCue = new EnumMap<>(Cue.class);
        for (PhraseMatch match : matches) {
            Cue.ofList(match.list()).ifPresent(cue ->
                    byCue.computeIfAbsent(cue, c -> new ArrayList<>()).add(match));
        }
        return byCue;
    }

    /**
     * Excuses that are not part of a trigger: in "told me to say i tripped" the accident is the cover story, so it
     * excuses nothing; "dying my hair" reaches past "i think about dying" and does excuse it.
     */
    private static List<PhraseMatch> outside(List<PhraseMatch> excuses, List<PhraseMatch> triggers) {
        if (excuses == null) {
            return List.of();
        }
        return excuses.stream()
                .filter(excuse -> triggers.stream()
                        .noneMatch(t -> t.start() <= excuse.start() && excuse.end() <= t.end()))
                .toList();
    }

    private static Set<Integer> sentences(List<PhraseMatch> matches) {
        Set<Integer> sentences = new HashSet<>();
        matches.forEach(m -> sentences.add(m.sentence()));
        return sentences;
    }

    private record Span(int start, int end) {
    }
}
