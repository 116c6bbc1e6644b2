package uk.safekiosk.gateway.policy.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How cues add up to a disclosure: a trigger cue, and (for most shapes) one context cue close enough to it. Harm
 * needs someone who did it or a home setting; fear needs whom or where; words about oneself count alone. Each shape
 * names the excuse cues that undo it when they are in the same sentence: a lesson or a story undoes every shape, a
 * game or a joke every shape but grooming (which happens in games), an everyday worry only fear and secrets, a
 * harmless picture only grooming. An oblique "can i tell you something bad" counts with fear, a person or home
 * close by, or with a second such ask; a bare ask for help only with another ask ("i need help but i dont know how to
 * say it. its not about school"); a question about how dying works counts with wanting to try it; a mark made on
 * oneself counts when it is hidden.
 */
enum DisclosureShape {
    HARMED(Cue.HURT, Reach.NEXT_SENTENCE, Set.of(Cue.NOT, Cue.PLAY),
            Cue.PERSON, Cue.SOMEONE, Cue.HOME, Cue.OFTEN),
    AFRAID_OF_SOMEONE(Cue.FEAR, Reach.SENTENCE, Set.of(Cue.NOT, Cue.PLAY, Cue.WORRY), Cue.PERSON),
    AFRAID_AT_HOME(Cue.FEAR, Reach.NEXT_SENTENCE, Set.of(Cue.NOT, Cue.PLAY, Cue.WORRY), Cue.HOME),
    SECRET_ABOUT_SOMEONE(Cue.SECRET, Reach.SENTENCE, Set.of(Cue.NOT, Cue.PLAY, Cue.WORRY), Cue.PERSON),
    SECRET_AT_HOME(Cue.SECRET, Reach.NEXT_SENTENCE, Set.of(Cue.NOT, Cue.PLAY, Cue.WORRY), Cue.HOME),
    NEGLECTED(Cue.LACK, Reach.NEXT_SENTENCE, Set.of(Cue.NOT, Cue.PLAY), Cue.PERSON, Cue.HOME, Cue.OFTEN),
    NOT_CARED_FOR(Cue.CARE, Reach.SENTENCE, Set.of(Cue.NOT, Cue.PLAY)),
    HURTING_MYSELF(Cue.SELF, Reach.SENTENCE, Set.of(Cue.NOT, Cue.PLAY)),
    HIDING_A_MARK(Cue.MARK, Reach.NEXT_SENTENCE, Set.of(Cue.NOT, Cue.PLAY), Cue.HIDE),
    WANTING_TO_BE_GONE(Cue.GONE, Reach.SENTENCE, Set.of(Cue.NOT, Cue.PLAY)),
    GROOMED(Cue.ASK, Reach.MESSAGE, Set.of(Cue.NOT, Cue.SHOWING), Cue.STRANGER, Cue.HIDDEN),
    ASKING_TO_TELL(Cue.TELL, Reach.NEXT_SENTENCE, Set.of(Cue.NOT, Cue.PLAY, Cue.WORRY), Cue.FEAR, Cue.PERSON,
            Cue.HOME, Cue.TELL),
    ASKING_FOR_HELP(Cue.HELP, Reach.NEXT_SENTENCE, Set.of(Cue.NOT, Cue.PLAY, Cue.WORRY), Cue.TELL, Cue.HELP),
    ASKING_HOW_TO_DIE(Cue.HOW, Reach.NEXT_SENTENCE, Set.of(Cue.NOT, Cue.PLAY), Cue.TRY);

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

    /** Asks for help or to tell: one counts with a second ask, which must be more than the words of the first. */
    private static final Set<Cue> ASKS = Collections.unmodifiableSet(EnumSet.of(Cue.TELL, Cue.HELP));

    /** The cues that start a shape, looked for first: most messages have none and stop there. */
    static final Set<Cue> TRIGGERS = Arrays.stream(values()).map(DisclosureShape::trigger)
            .collect(Collectors.toUnmodifiableSet());

    /** The cues that undo a shape; they are looked for only once a trigger is found. */
    static final Set<Cue> EXCUSES = Arrays.stream(values()).flatMap(shape -> shape.excuses.stream())
            .collect(Collectors.toUnmodifiableSet());

    private final Cue trigger;
    private final Reach reach;
    private final Set<Cue> excuses;
    private final Set<Cue> context;

    DisclosureShape(Cue trigger, Reach reach, Set<Cue> excuses, Cue... context) {
        this.trigger = trigger;
        this.reach = reach;
        this.excuses = excuses;
        // An EnumSet, so the context is tried in a fixed order and a finding's span is the same on every run.
        this.context = context.length == 0 ? Set.of()
                : Collections.unmodifiableSet(EnumSet.of(context[0], context));
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

    /** Whether a context cue counts only apart from the trigger: "can i talk to you about something bad" is one ask. */
    boolean apart(Cue contextCue) {
        return ASKS.contains(trigger) && ASKS.contains(contextCue);
    }

    /** The cues that undo this shape when one is in the sentence of its trigger or its context. */
    Set<Cue> excuses() {
        return excuses;
    }
}
