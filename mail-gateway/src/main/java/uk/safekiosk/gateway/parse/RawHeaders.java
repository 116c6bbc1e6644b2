package uk.safekiosk.gateway.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The header section of a message read straight from its bytes, with only LF (optionally after CR) ending a line.
 * Jakarta Mail also ends a line at a bare CR, so {@code Subject: hi\rBcc: x} would turn into two headers there; here it
 * stays one Subject, and the trick is reported.
 */
final class RawHeaders {

    private static final int MAX_FIELDS = 1_000;
    private static final int MAX_HEADER_BYTES = 256 * 1024;

    record Field(String name, String value) {
    }

    private final List<Field> fields;

    private RawHeaders(List<Field> fields) {
        this.fields = fields;
    }

    static RawHeaders read(byte[] message, Consumer<String> defects) {
        List<Field> fields = new ArrayList<>();
        StringBuilder current = null;
        String currentName = null;
        int crlf = 0;
        int bareLf = 0;
        int pos = 0;
        while (pos < message.length) {
            if (pos > MAX_HEADER_BYTES || fields.size() >= MAX_FIELDS) {
                defects.accept("header section too large to check");
                break;
            }
            int lf = indexOf(message, (byte) '\n', pos);
            int end = lf < 0 ? message.length : lf;
            int contentEnd = end;
            if (lf >= 0 && end > pos && message[end - 1] == '\r') {
                contentEnd = end - 1;
                crlf++;
            } else if (lf >= 0) {
                bareLf++;
            }
            String line = lineText(message, pos, contentEnd);
            pos = lf < 0 ? message.length : lf + 1;
            if (line.isEmpty()) {
                break;
            }
            checkLine(line, defects);
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (current == null) {
                    defects.accept("header section starts with a folded line");
                } else {
                    current.append(line);
                }
                continue;
            }
            if (current != null) {
                fields.add(new Field(currentName, current.toString()));
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !validName(line, colon)) {
                defects.accept("unparseable header line");
                current = null;
                continue;
            }
            currentName = line.substring(0, colon);
            current = new StringBuilder(line.substring(colon + 1));
        }
        if (current != null) {
            fields.add(new Field(currentName, current.toString()));
        }
        if (crlf > 0 && bareLf > 0) {
            defects.accept("headers mix CRLF and bare LF line endings");
        }
        return new RawHeaders(List.copyOf(fields));
    }

    /** Raw (unfolded, not decoded) values of every field with this name, in order. */
    List<String> values(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return fields.stream()
                .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Field::value)
                .toList();
    }

    /**
     * The decoded Subject, on one line. Line breaks (a bare CR in the raw header, or CR/LF inside an encoded word)
     * become spaces, so their text is kept but cannot start a header, and each trick is a defect.
     */
    String subject(Consumer<String> defects) {
        List<String> raw = values("Subject");
        if (raw.size() > 1) {
            defects.accept("more than one Subject header");
        }
        List<String> subjects = new ArrayList<>();
        for (String value : raw) {
            if (TextNormaliser.hasLineBreak(value)) {
                defects.accept("line break hidden in the Subject header");
            }
            String decoded = EncodedWords.decode(TextNormaliser.singleLine(value), defects);
            if (TextNormaliser.hasLineBreak(decoded)) {
                defects.accept("encoded line break in the Subject header");
            }
            subjects.add(TextNormaliser.singleLine(decoded));
        }
        return String.join(" ", subjects);
    }

    private static void checkLine(String line, Consumer<String> defects) {
        if (line.indexOf('\r') >= 0) {
            defects.accept("bare CR inside a header line (can hide or inject header lines)");
        }
        if (line.indexOf('\0') >= 0) {
            defects.accept("NUL byte in the headers");
        }
    }

    private static boolean validName(String line, int colon) {
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (c < 33 || c > 126) {
                return false;
            }
        }
        return true;
    }

    private static String lineText(byte[] bytes, int from, int to) {
        String utf8 = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        // Non-UTF-8 raw 8-bit headers still need every byte kept for scanning.
        return utf8.indexOf('\uFFFD') < 0 ? utf8 : new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
