package uk.safekiosk.gateway.parse;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Undoes Content-Transfer-Encoding. Done here, not by Jakarta Mail, because Jakarta silently skips bad base64 and
 * ignores encodings on composite parts; both are ways to smuggle content, so both become defects.
 */
final class TransferDecoding {

    private TransferDecoding() {
    }

    static boolean isUuencode(String encoding) {
        String e = normalise(encoding);
        return e.equals("uuencode") || e.equals("x-uuencode") || e.equals("x-uue");
    }

    static byte[] decode(byte[] raw, String encoding, Consumer<String> defects) {
        String e = normalise(encoding);
        return switch (e) {
            case "", "7bit", "8bit", "binary" -> raw;
            case "base64" -> base64(raw, defects);
            case "quoted-printable", "uuencode", "x-uuencode", "x-uue" -> viaJakarta(raw, e, defects);
            default -> {
                defects.accept("unknown Content-Transfer-Encoding '" + TextNormaliser.excerpt(encoding) + "'");
                yield raw;
            }
        };
    }

    private static byte[] base64(byte[] raw, Consumer<String> defects) {
        StringBuilder clean = new StringBuilder(raw.length);
        boolean stray = false;
        boolean padded = false;
        boolean dataAfterPadding = false;
        for (byte b : raw) {
            char c = (char) (b & 0xff);
            if (isAlphabet(c)) {
                dataAfterPadding |= padded;
                clean.append(c);
            } else if (c == '=') {
                padded = true;
            } else if (!Character.isWhitespace(c)) {
                stray = true;
            }
        }
        if (stray) {
            defects.accept("invalid characters in base64 content");
        }
        if (dataAfterPadding) {
            defects.accept("base64 content continues after its end padding");
        }
        if (clean.length() % 4 == 1) {
            defects.accept("truncated base64 content");
            clean.setLength(clean.length() - 1);
        }
        return Base64.getDecoder().decode(clean.toString());
    }

    private static byte[] viaJakarta(byte[] raw, String encoding, Consumer<String> defects) {
        try {
            return MimeUtility.decode(new ByteArrayInputStream(raw), encoding).readAllBytes();
        } catch (IOException | MessagingException e) {
            defects.accept("undecodable " + encoding + " content");
            return raw;
        }
    }

    private static boolean isAlphabet(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }

    private static String normalise(String encoding) {
        return encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
    }
}
