package uk.safekiosk.gateway.parse;

import jakarta.mail.internet.MimeUtility;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** Turns bytes into text without ever failing: unknown or violated charsets are reported, never thrown. */
final class Charsets {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {
    }

    /** The Java charset for a MIME charset name (RFC 2231 language suffix and quotes ignored). */
    static Optional<Charset> resolve(String mimeName) {
        if (mimeName == null) {
            return Optional.empty();
        }
        String name = mimeName.strip().replace("\"", "");
        int language = name.indexOf('*');
        if (language >= 0) {
            name = name.substring(0, language);
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(MimeUtility.javaCharset(name)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /**
     * Decodes with the declared charset. A missing charset means UTF-8 when the bytes are valid UTF-8, else
     * windows-1252 (what mail clients do). An unknown charset or bytes invalid in the declared one are defects.
     */
    static String decode(byte[] bytes, String declared, Consumer<String> defects) {
        if (declared == null || declared.isBlank()) {
            return bestGuess(bytes);
        }
        if (Utf7.isUtf7(declared)) {
            // Java has no UTF-7; it is decoded here because it is a known way to slip words past filters.
            defects.accept("text in UTF-7");
            return Utf7.decode(bytes);
        }
        Optional<Charset> charset = resolve(declared);
        if (charset.isEmpty()) {
            defects.accept("unknown charset '" + TextNormaliser.excerpt(declared) + "'");
            return bestGuess(bytes);
        }
        Charset cs = charset.get();
        Optional<String> strict = strict(bytes, cs);
        if (strict.isPresent()) {
            return strict.get();
        }
        // Mail declared as US-ASCII but written in UTF-8 is common and harmless.
        if (cs.equals(StandardCharsets.US_ASCII)) {
            Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
            if (utf8.isPresent()) {
                return utf8.get();
            }
        }
        defects.accept("text is not valid " + cs.name().toLowerCase(Locale.ROOT));
        return new String(bytes, cs);
    }

    /** UTF-8 when valid, else windows-1252, which maps every byte. */
    static String bestGuess(byte[] bytes) {
        return strict(bytes, StandardCharsets.UTF_8).orElseGet(() -> new String(bytes, WINDOWS_1252));
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException invalid) {
            return Optional.empty();
        }
    }
}
