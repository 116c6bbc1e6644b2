package uk.safekiosk.gateway.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word and phrase list compiled for fast whole-word matching on {@link NormalisedText}. Lines starting with
 * {@code @name =} define groups for the lines below them; see {@link PhraseParser} for the rest of the syntax.
 * Immutable and thread-safe.
 */
public final class PhraseList {

    /** Whether a word with stars for letters ("f**k") may match an entry of this list. */
    public enum Stars { MATCH, IGNORE }

    private record Entry(String line, List<Element> elements) {
    }

    /** Where matching continues after the current element: a tiny stack for group alternatives. */
    private record Frame(List<Element> elements, int next, Frame parent) {
    }

    private final Map<String, List<Entry>> byFirstWord;
    private final List<Entry> unindexed;
    private final List<Entry> all;
    private final Stars stars;

    private PhraseList(Map<String, List<Entry>> byFirstWord, List<Entry> unindexed, List<Entry> all, Stars stars) {
        this.byFirstWord = byFirstWord;
        this.unindexed = unindexed;
        this.all = all;
        this.stars = stars;
    }

    public static PhraseList empty() {
        return new PhraseList(Map.of(), List.of(), List.of(), Stars.IGNORE);
    }

    public static PhraseList compile(String file, List<String> lines, TextNormaliser normaliser) {
        return compile(file, lines, normaliser, PhraseGroups.none(), Stars.IGNORE);
    }

    public static PhraseList compile(String file, List<String> lines, TextNormaliser normaliser,
            PhraseGroups shared, Stars stars) {
        Map<String, List<List<Element>>> groups = new HashMap<>(shared.asMap());
        Map<String, List<Entry>> byFirst = new HashMap<>();
        List<Entry> unindexed = new ArrayList<>();
        List<Entry> all = new ArrayList<>();
        for (String line : lines) {
            if (PhraseParser.isGroupDefinition(line)) {
                PhraseParser.define(file, line, groups, normaliser);
                continue;
            }
            Entry entry = new Entry(line, PhraseParser.sequence(file, line, groups, normaliser));
            all.add(entry);
            Set<String> keys = Element.firstWordsOf(entry.elements());
            if (keys == null) {
                unindexed.add(entry);
            } else {
                keys.forEach(key -> byFirst.computeIfAbsent(key, k -> new ArrayList<>()).add(entry));
            }
        }
        Map<String, List<Entry>> frozen = new HashMap<>();
        byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new PhraseList(Map.copyOf(frozen), List.copyOf(unindexed), List.copyOf(all), stars);
    }

    /** Every place an entry matches, in the plain words and in the words with spaced-out letters joined. */
    public List<PhraseMatch> find(NormalisedText text) {
        Set<PhraseMatch> found = new LinkedHashSet<>();
        scan(text.words(), found);
        if (text.hasJoinedWords()) {
            scan(text.joinedWords(), found);
        }
        return found.isEmpty() ? List.of() : List.copyOf(found);
    }

    private void scan(List<Token> tokens, Set<PhraseMatch> found) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (stars == Stars.MATCH && t.wildcard()) {
                tryEntries(all, tokens, i, found);
            } else {
                tryEntries(byFirstWord.getOrDefault(t.squeezed(), List.of()), tokens, i, found);
                tryEntries(unindexed, tokens, i, found);
            }
        }
    }

    private void tryEntries(List<Entry> entries, List<Token> tokens, int i, Set<PhraseMatch> found) {
        Token t = tokens.get(i);
        for (Entry entry : entries) {
            if (!mayStartWith(entry.elements().getFirst(), t)) {
                continue;
            }
            int end = match(new Frame(entry.elements(), 0, null), tokens, i, t.sentence());
            if (end > i) {
                found.add(new PhraseMatch(t.start(), tokens.get(end - 1).end(), t.sentence(), entry.line()));
            }
        }
    }

    /** Returns the index after the last word matched, or -1. */
    private int match(Frame frame, List<Token> tokens, int i, int sentence) {
        if (frame == null) {
            return i;
        }
        if (frame.next() == frame.elements().size()) {
            return match(frame.parent(), tokens, i, sentence);
        }
        Element element = frame.elements().get(frame.next());
        Frame after = new Frame(frame.elements(), frame.next() + 1, frame.parent());
        return switch (element) {
            case Element.Word word -> i < tokens.size() && tokens.get(i).sentence() == sentence
                    && wordMatches(word, tokens.get(i)) ? match(after, tokens, i + 1, sentence) : -1;
            case Element.Start start -> i == 0 || i > tokens.size() || tokens.get(i - 1).sentence() != sentence
                    ? match(after, tokens, i, sentence) : -1;
            case Element.End end -> i >= tokens.size() || tokens.get(i).sentence() != sentence
                    ? match(after, tokens, i, sentence) : -1;
            case Element.Number number -> i < tokens.size() && tokens.get(i).sentence() == sentence
                    && tokens.get(i).isNumber() ? match(after, tokens, i + 1, sentence) : -1;
            case Element.Group group -> {
                if (i >= tokens.size() || !group.mayStartWith(tokens.get(i))) {
                    yield group.optional() ? match(after, tokens, i, sentence) : -1;
                }
                for (List<Element> alternative : group.candidates(tokens.get(i))) {
                    int end = match(new Frame(alternative, 0, after), tokens, i, sentence);
                    if (end >= 0) {
                        yield end;
                    }
                }
                yield group.optional() ? match(after, tokens, i, sentence) : -1;
            }
            case Element.Gap gap -> {
                for (int skip = 0; skip <= gap.max(); skip++) {
                    if (skip > 0 && (i + skip > tokens.size() || tokens.get(i + skip - 1).sentence() != sentence)) {
                        break;
                    }
                    int end = match(after, tokens, i + skip, sentence);
                    if (end >= 0) {
                        yield end;
                    }
                }
                yield -1;
            }
        };
    }

    /** A quick look at the first step, before the full match is tried. */
    private boolean mayStartWith(Element first, Token token) {
        return switch (first) {
            case Element.Word word -> wordMatches(word, token);
            case Element.Group group -> group.optional() || group.mayStartWith(token);
            case Element.Number number -> token.isNumber();
            case Element.Gap gap -> true;
            case Element.End end -> false;
            case Element.Start start -> true;
        };
    }

    private boolean wordMatches(Element.Word word, Token token) {
        return word.matches(token) || (stars == Stars.MATCH && token.wildcard() && word.matchesStarred(token));
    }

}
