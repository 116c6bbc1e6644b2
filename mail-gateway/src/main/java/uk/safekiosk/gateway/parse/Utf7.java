package uk.safekiosk.gateway.parse;

import java.util.Locale;

/** RFC 2152 UTF-7, which the JDK does not provide. */
final class Utf7 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private Utf7() {
    }

    static boolean isUtf7(String charset) {
        String name = charset.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        return name.equals("utf-7") || name.equals("unicode-1-1-utf-7") || name.equals("x-unicode-2-0-utf-7");
    }

    static String decode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            char c = (char) (bytes[i] & 0xff);
            if (c != '+') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i < bytes.length && bytes[i] == '-') {
                out.append('+');
                i++;
                continue;
            }
            int bits = 0;
            int bitCount = 0;
            while (i < bytes.length && ALPHABET.indexOf((char) (bytes[i] & 0xff)) >= 0) {
                bits = (bits << 6) | ALPHABET.indexOf((char) (bytes[i] & 0xff));
                bitCount += 6;
                if (bitCount >= 16) {
                    bitCount -= 16;
                    out.append((char) ((bits >> bitCount) & 0xffff));
                }
                i++;
            }
            if (i < bytes.length && bytes[i] == '-') {
                i++;
            }
        }
        return out.toString();
    }
}
