package uk.safekiosk.gateway.policy.rules;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How cues add up to a disclosure: a trigger cue, and (for most shapes) one context cue close enough to it. Harm
 * needs someone who did it or a home setting; fear needs whom or where; words about oneself count alone. Every
 * shape but grooming is undone by a game, a sport, an accident or a joke in the sentence ({@link Cue#PLAY}), and
 * all are undone by a lesson or a story ({@link Cue#NOT}).
 */
enum DisclosureShape {
    HARMED(Cue.HURT, Reach.NEXT_SENTENCE, Cue.PERSON, Cue.SOMEONE, Cue.HOME, Cue.OFTEN),
    AFRAID_OF_SOMEONE(Cue.FEAR, Reach.SENTENCE, Cue.PERSON),
    AFRAID_AT_HOME(Cue.FEAR, Reach.NEXT_SENTENCE, Cue.HOME),
    SECRET_ABOUT_SOMEONE(Cue.SECRET, Reach.SENTENCE, Cue.PERSON),
    SECRET_AT_HOME(Cue.SECRET, Reach.NEXT_SENTENCE, Cue.HOME),
    NEGLECTED(Cue.LACK, Reach.NEXT_SENTENCE, Cue.PERSON, Cue.HOME, Cue.OFTEN),
    NOT_CARED_FOR(Cue.CARE, Reach.SENTENCE),
    HURTING_MYSELF(Cue.SELF, Reach.SENTENCE),
    WANTING_TO_BE_GONE(Cue.GONE, Reach.SENTENCE),
    GROOMED(Cue.ASK, Reach.MESSAGE, Cue.STRANGER);

    /** How far from the trigger its context may be. */
    enum Reach {
        SENTENCE(0), NEXT_SENTENCE(1), MESSAGE(Integer.MAX_VALUE);

        private final int sentences;

        Reach(int sentences) {
            this.sentences = sentences;
        }

        boolean covers(int sentence, int other) {
            return Math.abs((long) sentence - other) <= sentences;
        }
    }

    /** The cues that start a shape, looked for first: most messages have none and stop there. */
    static final Set<Cue> TRIGGERS = Arrays.stream(values()).map(DisclosureShape::trigger)
            .collect(Collectors.toUnmodifiableSet());

    private final Cue trigger;
    private final Reach reach;
    private final Set<Cue> context;

    DisclosureShape(Cue trigger, Reach reach, Cue... context) {
        this.trigger = trigger;
        this.reach = reach;
        this.context = context.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(context[0], context));
    }

    Cue trigger() {
        return trigger;
    }

    Reach reach() {
        return reach;
    }

    /** The cues of which one must be within reach; empty when the trigger is enough. */
    Set<Cue> context() {
        return context;
    }

    /** Grooming happens in games, so games and jokes do not explain it away. */
    boolean excusedByPlay() {
        return this != GROOMED;
    }
}
