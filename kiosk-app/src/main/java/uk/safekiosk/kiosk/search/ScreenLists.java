package uk.safekiosk.kiosk.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.text.PhraseGroups;
import uk.safekiosk.gateway.text.PhraseList;
import uk.safekiosk.gateway.text.PhraseList.Stars;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * The screen's lists, read through {@link ContentSource} so a school's files add lines to the shipped ones. The
 * gateway's word groups ({@code @i}, {@code @mum}, …) are read first, then the search's own groups.
 */
final class ScreenLists {

    private static final String GATEWAY_GROUPS = "gateway/groups.txt";
    private static final String GROUPS = QueryScreen.DIR + "groups.txt";
    private static final String ALLOW = QueryScreen.DIR + "allow.txt";
    private static final String KNOWN_WORDS = QueryScreen.DIR + "known-words.txt";

    private final ContentSource content;
    private final TextNormaliser normaliser;
    private final PhraseGroups groups;

    private ScreenLists(ContentSource content, TextNormaliser normaliser, PhraseGroups groups) {
        this.content = content;
        this.normaliser = normaliser;
        this.groups = groups;
    }

    static ScreenLists load(ContentSource content, TextNormaliser normaliser) {
        List<String> groupLines = new ArrayList<>(content.listLines(GATEWAY_GROUPS));
        groupLines.addAll(content.listLines(GROUPS));
        return new ScreenLists(content, normaliser, PhraseGroups.parse(GROUPS, groupLines, normaliser));
    }

    /** A reason's phrases; a word with stars for letters ("s*x", "p**n") may match them. */
    PhraseList reasonList(QueryReason reason) {
        String file = QueryScreen.DIR + reason.listFile();
        return PhraseList.compile(file, content.listLines(file), normaliser, groups, Stars.MATCH);
    }

    PhraseList allowList() {
        return PhraseList.compile(ALLOW, content.listLines(ALLOW), normaliser, groups, Stars.IGNORE);
    }

    /** Real English words (one lower-case word a line): never taken for a misspelling of a listed word. */
    Set<String> knownWords() {
        Set<String> words = new HashSet<>();
        content.listLines(KNOWN_WORDS).forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        return Set.copyOf(words);
    }

    /** Every plain word written in the reason lists and the search groups, as the normaliser reads it. */
    Set<String> listedWords() {
        Set<String> words = new HashSet<>();
        List<String> lines = new ArrayList<>(content.listLines(GROUPS));
        for (QueryReason reason : QueryReason.values()) {
            lines.addAll(content.listLines(QueryScreen.DIR + reason.listFile()));
        }
        for (String line : lines) {
            String phrases = line.startsWith("@") && line.indexOf('=') > 0 ? line.substring(line.indexOf('=') + 1)
                    : line;
            for (String item : phrases.split("[\\s|]+")) {
                if (!item.isEmpty() && "@~#".indexOf(item.charAt(0)) < 0 && item.indexOf('*') < 0) {
                    words.addAll(normaliser.words(item));
                }
            }
        }
        return Set.copyOf(words);
    }
}
