package uk.safekiosk.gateway.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Named word groups shared by several lists, one per line: {@code @you = you | ya | yous}. An alternative may itself
 * be a phrase or use a group defined above it ({@code @mine = mine | my house | @mum house}).
 */
public final class PhraseGroups {

    private final Map<String, List<List<Element>>> groups;

    private PhraseGroups(Map<String, List<List<Element>>> groups) {
        this.groups = Map.copyOf(groups);
    }

    public static PhraseGroups none() {
        return new PhraseGroups(Map.of());
    }

    public static PhraseGroups parse(String file, List<String> lines, TextNormaliser normaliser) {
        return none().and(file, lines, normaliser);
    }

    /** These groups plus those of another groups file, which may use these ({@code disclosure-groups.txt}). */
    public PhraseGroups and(String file, List<String> lines, TextNormaliser normaliser) {
        Map<String, List<List<Element>>> groups = new HashMap<>(this.groups);
        for (String line : lines) {
            if (!PhraseParser.isGroupDefinition(line)) {
                throw new IllegalArgumentException(file + ": only '@name = a | b' lines belong here, found: " + line);
            }
            PhraseParser.define(file, line, groups, normaliser);
        }
        return new PhraseGroups(groups);
    }

    Map<String, List<List<Element>>> asMap() {
        return groups;
    }
}
