package uk.safekiosk.kiosk.support;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Replaces the browser's speech synthesis before any page script runs, so a test hears nothing and instead reads what
 * would have been spoken: {@code window.__spoken} records each cancel and each utterance (text, language, voice).
 */
public final class FakeSpeech {

    /** A voice the fake browser offers. */
    public record Voice(String name, String lang) {
        String js() {
            return "{ name: '" + name + "', lang: '" + lang + "', default: false, localService: true }";
        }
    }

    public static final Voice ENGLISH = new Voice("Fake British", "en-GB");
    public static final Voice AMERICAN = new Voice("Fake American", "en-US");
    public static final Voice WELSH = new Voice("Fake Welsh", "cy-GB");

    private FakeSpeech() {
    }

    /** Speech synthesis with these voices; {@code window.__setVoices([...])} changes them later, as Chrome does. */
    public static void install(Page page, Voice... voices) {
        String list = List.of(voices).stream().map(Voice::js).collect(Collectors.joining(", ", "[", "]"));
        page.addInitScript("""
                (() => {
                  window.__spoken = [];
                  class FakeUtterance {
                    constructor(text) { this.text = text; this.lang = ''; this.voice = null; }
                  }
                  const speech = new EventTarget();
                  let voices = %s;
                  speech.getVoices = () => voices;
                  speech.speak = u => window.__spoken.push(
                      { text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null });
                  speech.cancel = () => window.__spoken.push({ cancel: true });
                  window.__setVoices = list => { voices = list; speech.dispatchEvent(new Event('voiceschanged')); };
                  Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
                  window.SpeechSynthesisUtterance = FakeUtterance;
                })();
                """.formatted(list));
    }

    /** A browser without speech synthesis at all. */
    public static void remove(Page page) {
        page.addInitScript("""
                Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
                window.SpeechSynthesisUtterance = undefined;
                """);
    }

    public static void offer(Page page, Voice... voices) {
        String list = List.of(voices).stream().map(Voice::js).collect(Collectors.joining(", ", "[", "]"));
        page.evaluate("() => window.__setVoices(" + list + ")");
    }

    /** What was said (and cancelled) so far, oldest first. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> spoken(Page page) {
        return (List<Map<String, Object>>) page.evaluate("() => window.__spoken");
    }

    /** The last utterance: its text, language and voice. */
    public static Map<String, Object> lastSaid(Page page) {
        List<Map<String, Object>> all = spoken(page);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).containsKey("text")) {
                return all.get(i);
            }
        }
        throw new AssertionError("Nothing was said");
    }
}
