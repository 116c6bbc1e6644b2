package uk.safekiosk.gateway.policy.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.text.PhraseList;
import uk.safekiosk.gateway.text.TextNormaliser;

/** The postcode shapes from {@code gateway/postcode.properties}: outward formats, unused inward letters. */
record PostcodeFormats(List<String> outward, String inwardNever, PhraseList halvesWords) {

    static final String FILE = "gateway/postcode.properties";

    static PostcodeFormats fromContent(ContentSource content, TextNormaliser normaliser) {
        Properties p = content.properties(FILE);
        List<String> outward = Arrays.stream(required(p, "formats").split(","))
                .map(String::strip)
                .map(format -> {
                    if (!format.matches("[A9]{2,4} 9AA")) {
                        throw new IllegalStateException(FILE + ": a format is like 'A9 9AA', found: " + format);
                    }
                    return format.substring(0, format.indexOf(' '));
                })
                .distinct()
                .toList();
        List<String> words = Arrays.stream(required(p, "halves.words").split(",")).map(String::strip).toList();
        return new PostcodeFormats(outward, required(p, "inward.never").toLowerCase(Locale.ROOT),
                PhraseList.compile(FILE, words, normaliser));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(FILE + ": '" + key + "' is missing");
        }
        return value.strip();
    }
}
