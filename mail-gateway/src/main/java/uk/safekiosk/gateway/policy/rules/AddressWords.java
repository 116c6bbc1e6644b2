package uk.safekiosk.gateway.policy.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.text.PhraseList;
import uk.safekiosk.gateway.text.TextNormaliser;

/** The word lists behind the address rule, normalised the way text is. */
record AddressWords(
        Set<String> streets,
        Set<String> flats,
        Set<String> numberWords,
        Set<String> notNames,
        PhraseList introductions,
        PhraseList allowed) {

    static AddressWords fromContent(ContentSource content, TextNormaliser normaliser) {
        return new AddressWords(
                words(content, normaliser, "gateway/street-words.txt"),
                words(content, normaliser, "gateway/address-flat-words.txt"),
                words(content, normaliser, "gateway/house-number-words.txt"),
                words(content, normaliser, "gateway/address-not-names.txt"),
                PhraseList.compile("gateway/address.txt", content.listLines("gateway/address.txt"), normaliser),
                PhraseList.compile("gateway/address-allow.txt", content.listLines("gateway/address-allow.txt"),
                        normaliser));
    }

    private static Set<String> words(ContentSource content, TextNormaliser normaliser, String file) {
        Set<String> words = new HashSet<>();
        for (String line : content.listLines(file)) {
            List<String> normalised = normaliser.words(line);
            if (normalised.size() != 1) {
                throw new IllegalStateException(file + ": one word per line, found: " + line);
            }
            words.add(normalised.getFirst());
        }
        return Set.copyOf(words);
    }
}
