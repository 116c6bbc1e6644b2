package uk.safekiosk.gateway.parse;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.safekiosk.gateway.message.AttachmentFact;
import uk.safekiosk.gateway.message.AttachmentKind;
import uk.safekiosk.gateway.message.TextOrigin;

/**
 * Finds files written into the text itself: uuencoded blocks ({@code begin 644 name} … {@code end}) and long base64
 * runs. Line-by-line and linear, so a hostile text cannot make it slow.
 */
final class EmbeddedPayloads {

    private static final Pattern UU_BEGIN = Pattern.compile("begin(-base64)? +[0-7]{3,4} +(\\S.*)");
    private static final int MIN_BASE64_CHARS = 200;
    private static final int MIN_BASE64_LINE = 40;
    private static final String OCTETS = "application/octet-stream";

    private EmbeddedPayloads() {
    }

    static void scan(String text, ViewBuilder out) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].strip();
            Matcher begin = UU_BEGIN.matcher(line);
            if (begin.matches() && i + 1 < lines.length && looksEncoded(lines[i + 1].strip(), begin.group(1) != null)) {
                base64Run(run, out);
                i = uuencoded(lines, i, begin.group(2).strip(), begin.group(1) != null, out);
                continue;
            }
            if (line.length() >= MIN_BASE64_LINE && isBase64Line(line)) {
                run.append(line);
            } else {
                base64Run(run, out);
                for (String token : line.split("\\s+")) {
                    if (token.length() >= MIN_BASE64_CHARS && isBase64Line(token)) {
                        run.append(token);
                        base64Run(run, out);
                    }
                }
            }
            i++;
        }
        base64Run(run, out);
    }

    private static int uuencoded(String[] lines, int beginLine, String name, boolean base64, ViewBuilder out) {
        long size = 0;
        int i = beginLine + 1;
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("end") || line.equals("====")) {
                i++;
                break;
            }
            size += base64 ? line.length() * 3L / 4 : (line.isEmpty() ? 0 : (line.charAt(0) - 32) & 63);
        }
        out.text(TextOrigin.FILE_NAME, name);
        out.attachment(new AttachmentFact(AttachmentKind.UUENCODED_BLOCK, name, OCTETS, size));
        return i;
    }

    private static boolean looksEncoded(String line, boolean base64) {
        if (line.isEmpty()) {
            return false;
        }
        if (base64) {
            return isBase64Line(line);
        }
        return line.chars().allMatch(c -> c >= 32 && c <= 96);
    }

    private static void base64Run(StringBuilder run, ViewBuilder out) {
        if (run.length() >= MIN_BASE64_CHARS && mixesCharacterClasses(run)) {
            String clean = run.toString().replace("=", "");
            if (clean.length() % 4 != 1) {
                byte[] decoded = Base64.getDecoder().decode(clean);
                String type = BinarySniffer.signature(decoded).orElse(OCTETS);
                out.attachment(new AttachmentFact(AttachmentKind.BASE64_BLOCK, "", type, decoded.length));
            }
        }
        run.setLength(0);
    }

    // Real base64 of any length mixes upper case, lower case and digits; "hahaha…" or "AAAA…" does not.
    private static boolean mixesCharacterClasses(CharSequence s) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = 0; i < s.length() && !(upper && lower && digit); i++) {
            char c = s.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return upper && lower && digit;
    }

    private static boolean isBase64Line(String s) {
        int padding = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '=') {
                padding++;
            } else if (padding > 0 || !isAlphabet(c)) {
                return false;
            }
        }
        return padding <= 2;
    }

    private static boolean isAlphabet(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }
}
