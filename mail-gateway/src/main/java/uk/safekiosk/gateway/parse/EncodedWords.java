package uk.safekiosk.gateway.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes RFC 2047 encoded words ({@code =?charset?B|Q?text?=}) in headers and file names. Written here rather than
 * using {@code MimeUtility.decodeText} because that throws on an unknown charset and loses the whole header; here an
 * unknown charset is a defect and the text is still recovered for scanning.
 */
final class EncodedWords {

    // Encoded text has no spaces or '?', so this pattern cannot backtrack badly.
    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");

    private EncodedWords() {
    }

    static String decode(String raw, Consumer<String> defects) {
        if (raw == null || !raw.contains("=?")) {
            return raw == null ? "" : raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        Matcher m = WORD.matcher(raw);
        int last = 0;
        String pendingCharset = null;
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        while (m.find()) {
            String gap = raw.substring(last, m.start());
            boolean joinsPrevious = pendingCharset != null && gap.isBlank();
            String charset = m.group(1);
            // Adjacent words in one charset are joined as bytes first, so a character split across two words survives.
            if (!joinsPrevious || !charset.equalsIgnoreCase(pendingCharset)) {
                flush(pending, pendingCharset, out, defects);
                pendingCharset = null;
                if (!joinsPrevious) {
                    out.append(gap);
                }
            }
            byte[] bytes = wordBytes(m.group(2), m.group(3), defects);
            if (bytes == null) {
                flush(pending, pendingCharset, out, defects);
                pendingCharset = null;
                out.append(m.group());
            } else {
                pending.writeBytes(bytes);
                pendingCharset = charset;
            }
            last = m.end();
        }
        flush(pending, pendingCharset, out, defects);
        out.append(raw, last, raw.length());
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream pending, String charset, StringBuilder out,
            Consumer<String> defects) {
        if (charset != null && pending.size() > 0) {
            out.append(Charsets.decode(pending.toByteArray(), charset, defects));
        }
        pending.reset();
    }

    private static byte[] wordBytes(String encoding, String text, Consumer<String> defects) {
        if (encoding.equalsIgnoreCase("B")) {
            String clean = text.replace("=", "");
            if (clean.length() % 4 == 1 || !clean.chars().allMatch(EncodedWords::isBase64)) {
                defects.accept("malformed encoded word in a header");
                return null;
            }
            return Base64.getDecoder().decode(clean);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                i += 2;
            } else {
                int end = i + Character.charCount(text.codePointAt(i));
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return bytes.toByteArray();
    }

    private static boolean isBase64(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
