package uk.safekiosk.gateway.parse;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Recognises binary data dressed up as text: a known file signature, or too many control characters. */
final class BinarySniffer {

    private record Signature(byte[] magic, int offset, String contentType) {
        Signature(String hexMagic, int offset, String contentType) {
            this(HexFormat.of().parseHex(hexMagic), offset, contentType);
        }

        boolean matches(byte[] data) {
            return data.length >= offset + magic.length
                    && Arrays.equals(data, offset, offset + magic.length, magic, 0, magic.length);
        }
    }

    // Only signatures of four bytes or more (JPEG: three): shorter ones (MZ, BM) start ordinary sentences too.
    private static final List<Signature> SIGNATURES = List.of(
            new Signature("25504446", 0, "application/pdf"),
            new Signature("504b0304", 0, "application/zip"),
            new Signature("89504e47", 0, "image/png"),
            new Signature("47494638", 0, "image/gif"),
            new Signature("ffd8ff", 0, "image/jpeg"),
            new Signature("d0cf11e0", 0, "application/x-ole-storage"),
            new Signature("789f3e22", 0, "application/ms-tnef"),
            new Signature("52617221", 0, "application/vnd.rar"),
            new Signature("377abcaf", 0, "application/x-7z-compressed"),
            new Signature("7f454c46", 0, "application/x-elf"),
            new Signature("7b5c727466", 0, "application/rtf"),
            new Signature("57454250", 8, "image/webp"),
            new Signature("66747970", 4, "video/mp4"));

    private static final int SAMPLE = 8 * 1024;

    private BinarySniffer() {
    }

    static Optional<String> signature(byte[] data) {
        return SIGNATURES.stream().filter(s -> s.matches(data)).map(Signature::contentType).findFirst();
    }

    static boolean isTnef(byte[] data) {
        return signature(data).filter("application/ms-tnef"::equals).isPresent();
    }

    /** Decoded text that is mostly not text: NULs, control characters or undecodable bytes. */
    static boolean looksBinary(String text) {
        int n = Math.min(text.length(), SAMPLE);
        int odd = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            boolean usual = c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x1b;
            if ((Character.isISOControl(c) && !usual) || c == '\uFFFD') {
                odd++;
            }
        }
        return n > 0 && odd * 50 > n;
    }
}
