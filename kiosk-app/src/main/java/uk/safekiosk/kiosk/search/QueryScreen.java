package uk.safekiosk.kiosk.search;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.text.NormalisedText;
import uk.safekiosk.gateway.text.PhraseList;
import uk.safekiosk.gateway.text.PhraseMatch;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * Looks at a pupil's search before anything is searched. Plain Java: built once from content (the lists under
 * {@code content/data/search/screen/}, extended by a school's own) and shared by the kiosk and the
 * {@code check-queries} command, so both give the same answer.
 *
 * <p>The query is read the way the mail gateway reads a message (its normaliser undoes case, accents, look-alike
 * letters, leetspeak, stretched and spaced-out letters), then once more with children's misspellings of listed words
 * put right and words they ran together pulled apart. Phrases in {@code allow.txt} ("naked mole rat", "bath bomb",
 * "sex of a ladybird") are taken out of the query before the reason lists look at it, so a harmless phrase never
 * trips a list; SELFHARM always looks at the whole query, because a child asking for help is never explained away.
 * The gateway's own detectors then read the query as a message: personal details, and a child telling of harm in
 * words no query list has (see {@link GatewayDetectors}).
 */
public final class QueryScreen {

    static final String DIR = "search/screen/";

    private final TextNormaliser normaliser;
    private final Map<QueryReason, PhraseList> lists;
    private final PhraseList allowed;
    private final Misspellings misspellings;
    private final GatewayDetectors gatewayDetectors;

    private QueryScreen(TextNormaliser normaliser, Map<QueryReason, PhraseList> lists, PhraseList allowed,
                        Misspellings misspellings, GatewayDetectors gatewayDetectors) {
        this.normaliser = normaliser;
        this.lists = lists;
        this.allowed = allowed;
        this.misspellings = misspellings;
        this.gatewayDetectors = gatewayDetectors;
    }

    /** The screen from the shipped lists plus any a school added under {@code <data-dir>/content/search/screen/}. */
    public static QueryScreen fromContent(ContentSource content) {
        TextNormaliser normaliser = TextNormaliser.fromContent(content);
        ScreenLists source = ScreenLists.load(content, normaliser);
        Map<QueryReason, PhraseList> lists = new EnumMap<>(QueryReason.class);
        for (QueryReason reason : QueryReason.values()) {
            lists.put(reason, source.reasonList(reason));
        }
        return new QueryScreen(normaliser, Map.copyOf(lists), source.allowList(),
                new Misspellings(source.knownWords(), source.listedWords()),
                GatewayDetectors.fromContent(content, normaliser));
    }

    public ScreenResult screen(String query) {
        String text = query == null ? "" : query;
        Set<QueryReason> found = EnumSet.noneOf(QueryReason.class);
        NormalisedText typed = normaliser.normalise(text);
        collect(typed, found);
        misspellings.correct(typed).ifPresent(corrected -> collect(normaliser.normalise(corrected), found));
        found.addAll(gatewayDetectors.foundIn(text));
        return ScreenResult.of(found);
    }

    private void collect(NormalisedText text, Set<QueryReason> found) {
        if (!lists.get(QueryReason.SELFHARM).find(text).isEmpty()) {
            found.add(QueryReason.SELFHARM);
        }
        NormalisedText withoutAllowed = withoutAllowedPhrases(text);
        lists.forEach((reason, list) -> {
            if (reason != QueryReason.SELFHARM && !list.find(withoutAllowed).isEmpty()) {
                found.add(reason);
            }
        });
    }

    /** The query with each allowed phrase replaced by a line break, so no listed phrase can reach across it. */
    private NormalisedText withoutAllowedPhrases(NormalisedText text) {
        List<PhraseMatch> harmless = allowed.find(text);
        if (harmless.isEmpty()) {
            return text;
        }
        char[] chars = text.original().toCharArray();
        for (PhraseMatch match : harmless) {
            for (int i = match.start(); i < match.end(); i++) {
                chars[i] = '\n';
            }
        }
        return normaliser.normalise(new String(chars));
    }
}
