package uk.safekiosk.gateway.text;

/**
 * Where a list entry was found: {@code start}/{@code end} index the original text; {@code entry} is the list line.
 */
public record PhraseMatch(int start, int end, int sentence, String entry) {

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
