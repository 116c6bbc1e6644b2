package uk.safekiosk.gateway.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import uk.safekiosk.gateway.message.AttachmentFact;
import uk.safekiosk.gateway.message.AttachmentKind;
import uk.safekiosk.gateway.message.TextOrigin;

/** Records where an HTML attribute points: a link target, an embedded {@code data:} file or a {@code cid:} part. */
final class LinkTargets {

    private LinkTargets() {
    }

    static void record(String target, ViewBuilder out) {
        String url = target == null ? "" : target.strip();
        if (url.isEmpty()) {
            return;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:")) {
            dataUri(url, out);
        } else if (lower.startsWith("cid:")) {
            out.text(TextOrigin.LINK_TARGET, url);
            out.attachment(new AttachmentFact(AttachmentKind.CID_REFERENCE, url.substring(4), "", 0));
        } else {
            out.text(TextOrigin.LINK_TARGET, url);
            String decoded = new String(percentDecode(url), StandardCharsets.UTF_8);
            if (!decoded.equals(url)) {
                out.text(TextOrigin.LINK_TARGET, decoded);
            }
        }
    }

    private static void dataUri(String url, ViewBuilder out) {
        int comma = url.indexOf(',');
        String header = comma < 0 ? url.substring(5) : url.substring(5, comma);
        String payload = comma < 0 ? "" : url.substring(comma + 1);
        boolean base64 = header.toLowerCase(Locale.ROOT).endsWith(";base64");
        String mediaType = header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.isEmpty()) {
            mediaType = "text/plain";
        }
        byte[] data = base64 ? lenientBase64(payload) : percentDecode(payload);
        out.text(TextOrigin.LINK_TARGET, "data:" + header);
        out.attachment(new AttachmentFact(AttachmentKind.DATA_URI, "", mediaType, data.length));
        if (mediaType.startsWith("text/")) {
            out.text(TextOrigin.HIDDEN, Charsets.bestGuess(data));
        }
    }

    private static byte[] lenientBase64(String payload) {
        StringBuilder clean = new StringBuilder(payload.length());
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/') {
                clean.append(c);
            }
        }
        if (clean.length() % 4 == 1) {
            clean.setLength(clean.length() - 1);
        }
        return Base64.getDecoder().decode(clean.toString());
    }

    private static byte[] percentDecode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                bytes.write(HexFormat.fromHexDigits(s, i + 1, i + 3));
                i += 2;
            } else {
                int end = i + Character.charCount(s.codePointAt(i));
                bytes.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return bytes.toByteArray();
    }
}
