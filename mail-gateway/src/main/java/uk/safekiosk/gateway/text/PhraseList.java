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

    /** One line of the list; {@code order} keeps matches in list order however the entry was found. */
    private record Entry(int order, String file, String line, List<Element> elements) {
    }

    /** Where matching continues after the current element: a tiny stack for group alternatives. */
    private record Frame(List<Element> elements, int next, Frame parent) {
    }

    /**
     * The entries that can start with one word: all of them (for a starred next word), those whose second word could
     * be anything, and by second word those whose first two words are known, so a common first word ("i", "you")
     * then only costs the entries whose second word fits too.
     */
    private record First(List<Entry> all, List<Entry> anySecond, Map<String, List<Entry>> bySecond) {
    }

    /** Entries by first word (one lookup per word of the text), and those that can start with any word. */
    private record Index(Map<String, First> byFirst, List<Entry> unindexed) {

        static Index of(List<Entry> entries) {
            Map<String, List<Entry>> all = new HashMap<>();
            Map<String, Map<String, List<Entry>>> byTwo = new HashMap<>();
            Map<String, List<Entry>> anySecond = new HashMap<>();
            List<Entry> unindexed = new ArrayList<>();
            for (Entry entry : entries) {
                Set<String> firstWords = Element.firstWordsOf(entry.elements());
                if (firstWords == null) {
                    unindexed.add(entry);
                    continue;
                }
                firstWords.forEach(word -> all.computeIfAbsent(word, k -> new ArrayList<>()).add(entry));
                Map<String, Set<String>> pairs = Element.firstTwoWordsOf(entry.elements());
                if (pairs == null) {
                    firstWords.forEach(word -> anySecond.computeIfAbsent(word, k -> new ArrayList<>()).add(entry));
                } else {
                    pairs.forEach((first, seconds) -> seconds.forEach(second -> byTwo
                            .computeIfAbsent(first, k -> new HashMap<>())
                            .computeIfAbsent(second, k -> new ArrayList<>()).add(entry)));
                }
            }
            Set<String> words = new HashSet<>(all.keySet());
            words.addAll(byTwo.keySet());
            Map<String, First> byFirst = new HashMap<>();
            for (String word : words) {
                Map<String, List<Entry>> seconds = new HashMap<>();
                byTwo.getOrDefault(word, Map.of()).forEach((second, e) -> seconds.put(second, List.copyOf(e)));
                byFirst.put(word, new First(List.copyOf(all.getOrDefault(word, List.of())),
                        List.copyOf(anySecond.getOrDefault(word, List.of())), seconds));
            }
            return new Index(byFirst, List.copyOf(unindexed));
        }
    }

    private final Index index;
    private final List<Entry> all;
    private final Stars stars;

    private PhraseList(List<Entry> all, Stars stars) {
        this.index = Index.of(all);
        this.all = List.copyOf(all);
        this.stars = stars;
    }

    public static PhraseList empty() {
        return new PhraseList(List.of(), Stars.IGNORE);
    }

    public static PhraseList compile(String file, List<String> lines, TextNormaliser normaliser) {
        return compile(file, lines, normaliser, PhraseGroups.none(), Stars.IGNORE);
    }

    public static PhraseList compile(String file, List<String> lines, TextNormaliser normaliser,
            PhraseGroups shared, Stars stars) {
        Map<String, List<List<Element>>> groups = new HashMap<>(shared.asMap());
        List<Entry> all = new ArrayList<>();
        for (String line : lines) {
            if (PhraseParser.isGroupDefinition(line)) {
                PhraseParser.define(file, line, groups, normaliser);
                continue;
            }
            all.add(new Entry(all.size(), file, line, PhraseParser.sequence(file, line, groups, normaliser)));
        }
        return new PhraseList(all, stars);
    }

    /** One list with the entries of both, matched in one pass (the stars setting is this list's). */
    public PhraseList plus(PhraseList other) {
        List<Entry> both = new ArrayList<>(all);
        for (Entry entry : other.all) {
            both.add(new Entry(both.size(), entry.file(), entry.line(), entry.elements()));
        }
        return new PhraseList(both, stars);
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
                tryEntries(all, List.of(), tokens, i, found);
                continue;
            }
            First first = index.byFirst().get(t.squeezed());
            if (first != null) {
                Token next = i + 1 < tokens.size() && tokens.get(i + 1).sentence() == t.sentence()
                        ? tokens.get(i + 1) : null;
                if (next == null) {
                    tryEntries(first.anySecond(), List.of(), tokens, i, found);
                } else if (stars == Stars.MATCH && next.wildcard()) {
                    tryEntries(first.all(), List.of(), tokens, i, found);
                } else {
                    tryEntries(first.bySecond().getOrDefault(next.squeezed(), List.of()), first.anySecond(), tokens,
                            i, found);
                }
            }
            tryEntries(index.unindexed(), List.of(), tokens, i, found);
        }
    }

    /** Tries the entries of two lists, each in list order, merged so that matches come in list order. */
    private void tryEntries(List<Entry> a, List<Entry> b, List<Token> tokens, int i, Set<PhraseMatch> found) {
        int x = 0;
        int y = 0;
        while (x < a.size() || y < b.size()) {
            boolean fromA = y >= b.size() || (x < a.size() && a.get(x).order() < b.get(y).order());
            tryEntry(fromA ? a.get(x++) : b.get(y++), tokens, i, found);
        }
    }

    private void tryEntry(Entry entry, List<Token> tokens, int i, Set<PhraseMatch> found) {
        Token t = tokens.get(i);
        if (!mayStartWith(entry.elements().getFirst(), t)) {
            return;
        }
        int end = match(new Frame(entry.elements(), 0, null), tokens, i, t.sentence());
        if (end > i) {
            found.add(new PhraseMatch(t.start(), tokens.get(end - 1).end(), t.sentence(), entry.line(),
                    entry.file()));
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
