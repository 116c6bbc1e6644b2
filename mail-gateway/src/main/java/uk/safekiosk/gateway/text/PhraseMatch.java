package uk.safekiosk.gateway.text;

/**
 * Where a list entry was found: {@code start}/{@code end} index the original text; {@code entry} is the list line and
 * {@code list} the file it came from (lists joined with {@link PhraseList#plus} keep each entry's own file).
 */
public record PhraseMatch(int start, int end, int sentence, String entry, String list) {

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
