package uk.safekiosk.gateway.policy.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of words a disclosure is put together from, each a list {@code gateway/disclosure-<name>.txt}. How they
 * combine is {@link DisclosureShape}'s business; the lists only say what counts as each kind.
 */
enum Cue {
    /** Something done to the child's body: "hits me", "pulled my hair", "touched me". */
    HURT,
    /** The child is afraid or hiding: "i'm scared", "i hide under my bed". */
    FEAR,
    /** Being made to keep quiet: "told me not to tell", "our secret". */
    SECRET,
    /** Going without: "no tea", "nothing to eat", "left on my own". */
    LACK,
    /** Nobody looks after the child: "nobody feeds me". */
    CARE,
    /** Hurting or starving themselves: "i scratch myself", "not eating so i get thin". */
    SELF,
    /** Wanting to die or be gone: "i don't want to exist", "better off without me". */
    GONE,
    /** What groomers ask for: pictures, secrecy, meeting, gifts, flattery. */
    ASK,
    /** Asking to tell something bad: "can i talk to you about something bad", "i dont want to get anyone in trouble". */
    TELL,
    /** Asking for help or to talk, saying no more: "i need help but", "its not about school", "its about home". */
    HELP,
    /** A mark made on one's own body, which counts only when hidden: "i scratched my arm", "dug my compass in". */
    MARK,
    /** Hiding a mark: "i wear my jumper so no one sees", "so mum wouldnt see". */
    HIDE,
    /** Asking what dying, or a way of dying, is like: "what happens if you stop breathing". */
    HOW,
    /** Wanting to try it: "i want to try it", "im going to do it". */
    TRY,
    /** A grown-up or older child at home: "step dad", "mum's boyfriend", "babysitter". */
    PERSON,
    /** "he", "she", "they", "someone". */
    SOMEONE,
    /** Home, night, and when harm happens: "at home", "when he drinks", "when i'm naughty". */
    HOME,
    /** It keeps happening: "again", "every night", "since friday". */
    OFTEN,
    /** A stranger or someone met online: "a man", "someone on roblox", "my online friend". */
    STRANGER,
    /** Contact kept from parents: "when my mum is asleep", "so my mum doesn't see". */
    HIDDEN,
    /** Lessons, stories, history: undo every shape in their sentence. */
    NOT,
    /** Games, sport, accidents, jokes, surprises: undo every shape but grooming in their sentence. */
    PLAY,
    /** Everyday worries (being told off, a test, a surprise): undo fear and secrets in their sentence. */
    WORRY,
    /** Harmless things to send or show (a drawing, a pet, a game build): undo grooming in their sentence. */
    SHOWING;

    private static final Map<String, Cue> BY_PATH = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Cue::path, Function.identity()));

    /** The list's content path, also the {@link uk.safekiosk.gateway.text.PhraseMatch#list()} of its matches. */
    String path() {
        return "gateway/disclosure-" + name().toLowerCase(Locale.ROOT) + ".txt";
    }

    static Optional<Cue> ofList(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }
}
