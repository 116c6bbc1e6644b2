package uk.safekiosk.kiosk.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the kiosk speaks: its locale (which picks {@code kiosk_<code>.properties} and the rules file), and the
 * tag a browser's speech synthesis uses to pick a voice.
 */
public enum Language {
    ENGLISH(Locale.UK, "en-GB"),
    WELSH(Locale.of("cy"), "cy-GB");

    private final Locale locale;
    private final String speechTag;

    Language(Locale locale, String speechTag) {
        this.locale = locale;
        this.speechTag = speechTag;
    }

    public Locale locale() {
        return locale;
    }

    /** The two-letter code kept in the database and used in file names: "en", "cy". */
    public String code() {
        return locale.getLanguage();
    }

    public String speechTag() {
        return speechTag;
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    /** The language of a locale; English for any locale the kiosk does not speak. */
    public static Language of(Locale locale) {
        return locale == null ? ENGLISH : ofCode(locale.getLanguage()).orElse(ENGLISH);
    }
}
