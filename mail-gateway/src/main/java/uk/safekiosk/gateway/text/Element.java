package uk.safekiosk.gateway.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One step of a compiled list entry. */
sealed interface Element {

    /** One word: exactly, or as the start, end or middle of a longer word ("fuck*", "*shit", "*fuck*"). */
    record Word(Kind kind, String squeezed, byte[] runs, String plain) implements Element {

        enum Kind { EXACT, PREFIX, SUFFIX, INFIX }

        static Word of(Kind kind, Token token) {
            return new Word(kind, token.squeezed(), token.runs(), token.text());
        }

        boolean matches(Token token) {
            String sq = token.squeezed();
            return switch (kind) {
                case EXACT -> sq.equals(squeezed) && runsCover(token.runs(), 0);
                case PREFIX -> sq.startsWith(squeezed) && runsCover(token.runs(), 0);
                case SUFFIX -> sq.endsWith(squeezed) && runsCover(token.runs(), sq.length() - squeezed.length());
                case INFIX -> infix(sq, token.runs());
            };
        }

        private boolean infix(String sq, byte[] tokenRuns) {
            int at = sq.indexOf(squeezed);
            while (at >= 0) {
                if (runsCover(tokenRuns, at)) {
                    return true;
                }
                at = sq.indexOf(squeezed, at + 1);
            }
            return false;
        }

        /** Every letter is at least as long in the text as in the entry, so "as" never matches "ass". */
        private boolean runsCover(byte[] tokenRuns, int offset) {
            for (int k = 0; k < runs.length; k++) {
                if (tokenRuns[offset + k] < runs[k]) {
                    return false;
                }
            }
            return true;
        }

        /** A word with {@code *} for hidden letters ("f**k", "sh*t", "f***ing") could be this entry. */
        boolean matchesStarred(Token token) {
            return (kind == Kind.EXACT || kind == Kind.PREFIX)
                    && Starred.matches(token.text(), plain, kind == Kind.PREFIX);
        }
    }

    /**
     * One of several alternatives; {@code optional} ones may be skipped. {@code firstWords} are the words an
     * alternative can start with, so most words are turned away at once (null when any word could start one).
     * {@code byFirstWord} keeps, for each such word, only the alternatives that could start with it (plus those
     * that could start with anything), in list order, so a big group is not walked for every word.
     */
    record Group(List<List<Element>> alternatives, boolean optional, Set<String> firstWords,
            Map<String, List<List<Element>>> byFirstWord, List<List<Element>> anyFirstWord) implements Element {

        static Group of(List<List<Element>> alternatives, boolean optional) {
            Map<String, List<List<Element>>> byFirst = new HashMap<>();
            List<List<Element>> any = new ArrayList<>();
            for (List<Element> alternative : alternatives) {
                Set<String> words = firstWordsOf(alternative);
                if (words == null) {
                    any.add(alternative);
                    byFirst.values().forEach(list -> list.add(alternative));
                } else {
                    for (String word : words) {
                        byFirst.computeIfAbsent(word, w -> new ArrayList<>(any)).add(alternative);
                    }
                }
            }
            Map<String, List<List<Element>>> frozen = new HashMap<>();
            byFirst.forEach((word, list) -> frozen.put(word, List.copyOf(list)));
            return new Group(alternatives, optional, firstWords(alternatives), Map.copyOf(frozen), List.copyOf(any));
        }

        boolean mayStartWith(Token token) {
            return firstWords == null || token.wildcard() || firstWords.contains(token.squeezed());
        }

        /** The alternatives worth trying on this word, in list order. */
        List<List<Element>> candidates(Token token) {
            return token.wildcard() ? alternatives : byFirstWord.getOrDefault(token.squeezed(), anyFirstWord);
        }

        private static Set<String> firstWords(List<List<Element>> alternatives) {
            Set<String> words = new HashSet<>();
            for (List<Element> alternative : alternatives) {
                Set<String> more = firstWordsOf(alternative);
                if (more == null) {
                    return null;
                }
                words.addAll(more);
            }
            return Set.copyOf(words);
        }
    }

    /** The words a sequence can start with, or null when it can start with anything (affixes, gaps, optionals). */
    static Set<String> firstWordsOf(List<Element> elements) {
        if (elements.isEmpty()) {
            return null;
        }
        return switch (elements.getFirst()) {
            case Word word when word.kind() == Word.Kind.EXACT -> Set.of(word.squeezed());
            case Group group when !group.optional() -> group.firstWords();
            case Start start -> firstWordsOf(elements.subList(1, elements.size()));
            default -> null;
        };
    }

    /** More first-two-word pairs than this, and an entry is only indexed by its first word. */
    int MAX_PAIRS = 4096;

    /**
     * For each word a sequence can start with, the words that can come second; null when either could be any word or
     * none (gaps, affixes, numbers, optional groups, a one-word entry, the end of a sentence).
     */
    static Map<String, Set<String>> firstTwoWordsOf(List<Element> elements) {
        Map<String, Set<String>> pairs = new HashMap<>();
        return collectPairs(new Step(elements, 0, null), null, pairs) ? pairs : null;
    }

    /** Where collecting continues: like the matcher's frames, a small stack for group alternatives. */
    record Step(List<Element> elements, int next, Step parent) {
    }

    private static boolean collectPairs(Step step, String first, Map<String, Set<String>> into) {
        if (step == null) {
            return false;
        }
        if (step.next() == step.elements().size()) {
            return collectPairs(step.parent(), first, into);
        }
        Step after = new Step(step.elements(), step.next() + 1, step.parent());
        return switch (step.elements().get(step.next())) {
            case Word word when word.kind() == Word.Kind.EXACT -> {
                if (first == null) {
                    yield collectPairs(after, word.squeezed(), into);
                }
                Set<String> seconds = into.computeIfAbsent(first, k -> new HashSet<>());
                seconds.add(word.squeezed());
                yield into.values().stream().mapToInt(Set::size).sum() <= MAX_PAIRS;
            }
            case Group group when !group.optional() -> {
                for (List<Element> alternative : group.alternatives()) {
                    if (!collectPairs(new Step(alternative, 0, after), first, into)) {
                        yield false;
                    }
                }
                yield true;
            }
            case Start start -> collectPairs(after, first, into);
            default -> false;
        };
    }

    /** The start of a sentence: nothing before this point in it ("ugly" said on its own). */
    record Start() implements Element {
    }

    /** The end of the sentence: nothing more in it after this point ("i'll get you" and then a full stop). */
    record End() implements Element {
    }

    /** A number written in digits ("1234"). */
    record Number() implements Element {
    }

    /** Up to {@code max} words of anything (within one sentence). */
    record Gap(int max) implements Element {
    }
}
