package uk.safekiosk.kiosk.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.safekiosk.content.ContentSource;

/**
 * Every word the kiosk shows comes from {@code content/data/wording/kiosk_<lang>.properties} (a school may override
 * keys in its data directory). English is the fallback for a missing key in another language. Which language a screen
 * uses is the school's choice, set on every session and page (not the browser's), see {@code shell.SchoolLocale}.
 */
@Component
public class Words implements I18NProvider {

    public static final Locale ENGLISH = Language.ENGLISH.locale();
    public static final Locale WELSH = Language.WELSH.locale();

    private static final Logger log = LoggerFactory.getLogger(Words.class);

    private final ContentSource content;
    private final Map<String, Properties> bundles = new ConcurrentHashMap<>();

    public Words(ContentSource content) {
        this.content = content;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = bundle(locale).getProperty(key);
        if (pattern == null && !ENGLISH.getLanguage().equals(languageOf(locale))) {
            pattern = bundle(ENGLISH).getProperty(key);
        }
        if (pattern == null) {
            log.warn("No wording for key '{}'", key);
            return key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, Language.of(locale).locale()).format(params);
    }

    /** Every key in the English bundle, for completeness tests. */
    public Properties englishBundle() {
        return bundle(ENGLISH);
    }

    /** Every key in one language's bundle as shipped and overridden by the school, for completeness tests. */
    public Properties bundle(Language language) {
        return bundle(language.locale());
    }

    private Properties bundle(Locale locale) {
        return bundles.computeIfAbsent(languageOf(locale),
                lang -> content.properties("wording/kiosk_" + lang + ".properties"));
    }

    private static String languageOf(Locale locale) {
        return locale == null ? ENGLISH.getLanguage() : locale.getLanguage();
    }
}
