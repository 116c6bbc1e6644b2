package uk.safekiosk.gateway.text;

import java.util.List;

/**
 * One text, normalised once and shared by every check. All positions handed out index the original text, so a
 * finding can underline exactly what the child typed.
 */
public final class NormalisedText {

    private final Folded folded;
    private final List<Token> words;
    private final List<Token> joinedWords;
    private final List<NumberRun> numbers;
    /** Made on first use: only the email and link rules need it. */
    private LinkView linkView;

    NormalisedText(Folded folded, List<Token> words, List<Token> joinedWords, List<NumberRun> numbers) {
        this.folded = folded;
        this.words = List.copyOf(words);
        this.joinedWords = joinedWords == words ? this.words : List.copyOf(joinedWords);
        this.numbers = numbers;
    }

    public String original() {
        return folded.original();
    }

    /** Lower case, accents and look-alikes removed, invisible chars dropped; punctuation and spacing kept. */
    public String folded() {
        return folded.text();
    }

    /** Original offset of the folded range starting at {@code from}. */
    public int originalStart(int from) {
        return folded.originalStart(from);
    }

    /** Original offset of the folded range ending at {@code to} (exclusive). */
    public int originalEnd(int to) {
        return folded.originalEnd(to);
    }

    public List<Token> words() {
        return words;
    }

    /**
     * The words again, with runs of single letters joined ("s.h.i.t", "f u c k" → one word). The same list as
     * {@link #words()} when there is no such run.
     */
    public List<Token> joinedWords() {
        return joinedWords;
    }

    public boolean hasJoinedWords() {
        return joinedWords != words;
    }

    public List<NumberRun> numbers() {
        return numbers;
    }

    public LinkView linkView() {
        if (linkView == null) {
            linkView = LinkView.of(folded); // immutable, so a race only builds it twice
        }
        return linkView;
    }

    /** The original text of a span. */
    public String slice(int start, int end) {
        return folded.original().substring(start, end);
    }
}
