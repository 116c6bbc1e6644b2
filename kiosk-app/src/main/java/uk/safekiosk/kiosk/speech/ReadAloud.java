package uk.safekiosk.kiosk.speech;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.safekiosk.kiosk.i18n.Language;

/**
 * A "Read to me" button with a speaker: pressed, the browser reads {@link #setWords(String) its words} aloud with its
 * own speech synthesis ({@code window.speechSynthesis}), in the screen's language, with a voice for that language.
 * Whatever was being read stops first.
 *
 * <p>The words are already on the page; the browser speaks them itself, so pressing the button sends nothing to the
 * server or anywhere else. The button stays hidden where it could not work: a browser without speech synthesis, or
 * one with no voice for the language (checked again whenever the browser's voices change, as Chrome loads them late).
 */
public class ReadAloud extends Button {

    public static final String CLASS_NAME = "kiosk-read-aloud";

    // Runs in the browser with `this` = the button. The shared part is installed once per page: a voice picker and a
    // listener that shows or hides every read-aloud button when the browser's voices change.
    private static final String SCRIPT = """
            const button = this;
            if (!window.kioskReadAloud) {
              const primary = tag => String(tag || '').toLowerCase().split(/[-_]/)[0];
              const voiceFor = lang => {
                const speech = window.speechSynthesis;
                if (!speech || typeof speech.getVoices !== 'function') { return null; }
                const voices = speech.getVoices() || [];
                return voices.find(v => String(v.lang).toLowerCase() === String(lang).toLowerCase())
                    || voices.find(v => primary(v.lang) === primary(lang)) || null;
              };
              const refresh = () => document.querySelectorAll('.%1$s')
                  .forEach(b => { b.hidden = !voiceFor(b.kioskSpeechLang); });
              window.kioskReadAloud = { voiceFor, refresh };
              if (window.speechSynthesis && window.speechSynthesis.addEventListener) {
                window.speechSynthesis.addEventListener('voiceschanged', refresh);
              }
            }
            button.kioskSpeechLang = $0;
            if (!button.kioskSpeechWired) {
              button.kioskSpeechWired = true;
              button.addEventListener('click', () => {
                const speech = window.speechSynthesis;
                if (!speech) { return; }
                speech.cancel();
                const utterance = new SpeechSynthesisUtterance(button.kioskSpeech || '');
                utterance.lang = button.kioskSpeechLang;
                const voice = window.kioskReadAloud.voiceFor(button.kioskSpeechLang);
                if (voice) { utterance.voice = voice; }
                speech.speak(utterance);
              });
            }
            button.hidden = !window.kioskReadAloud.voiceFor(button.kioskSpeechLang);
            """.formatted(CLASS_NAME);

    private final Locale language;

    /** A speaker button (its name, "Read to me", for screen readers) that reads {@code words} in the screen's language. */
    public ReadAloud(String words) {
        this(words, null);
    }

    /** For words in a language other than the screen's (the mail gateway's answers are English). */
    public ReadAloud(String words, Locale language) {
        this.language = language;
        Icon speaker = VaadinIcon.VOLUME_UP.create();
        speaker.getElement().setAttribute("aria-hidden", "true");
        setIcon(speaker);
        addClassName(CLASS_NAME);
        String name = getTranslation("speech.read-aloud");
        getElement().setAttribute("aria-label", name);
        getElement().setAttribute("title", name);
        setWords(words);
    }

    /** A speaker button with its name written beside it, e.g. "Read all the rules to me". */
    public static ReadAloud labelled(String label, String words) {
        ReadAloud button = new ReadAloud(words);
        button.setText(label);
        button.getElement().setAttribute("aria-label", label);
        button.getElement().setAttribute("title", label);
        return button;
    }

    /** The words read when the button is pressed. */
    public void setWords(String words) {
        getElement().setProperty("kioskSpeech", words == null ? "" : words);
    }

    public String getWords() {
        return getElement().getProperty("kioskSpeech", "");
    }

    /** Texts joined as one reading, each ending as a sentence so the voice pauses between them. */
    public static String sentences(String... texts) {
        return Arrays.stream(texts).filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> t.matches("(?s).*[.!?:]$") ? t : t + ".").collect(Collectors.joining(" "));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Locale spoken = language != null ? language : attachEvent.getUI().getLocale();
        getElement().executeJs(SCRIPT, Language.of(spoken).speechTag());
    }
}
