package uk.safekiosk.gateway.parse;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import uk.safekiosk.gateway.message.AttachmentFact;
import uk.safekiosk.gateway.message.AttachmentKind;
import uk.safekiosk.gateway.message.TextOrigin;

/**
 * Walks the MIME tree of one message, depth first with a depth limit, and reports everything into a
 * {@link ViewBuilder}. A part it cannot read structurally is salvaged as raw text (HIDDEN) so its words are still
 * scanned, and the failure is a defect.
 */
final class PartWalker {

    private static final Set<String> PLAIN_ENCODINGS = Set.of("", "7bit", "8bit", "binary");

    /** Where a part sits: whether its text is what a reader sees, and whether it belongs to a multipart/related. */
    private record Place(boolean visible, boolean related) {
        static final Place BODY = new Place(true, false);
        static final Place SCANNED_ONLY = new Place(false, false);
    }

    private final Session session;
    private final MimeMessageParser.Limits limits;
    private final ViewBuilder out;
    private int parts;
    private int htmlChars;

    PartWalker(Session session, MimeMessageParser.Limits limits, ViewBuilder out) {
        this.session = session;
        this.limits = limits;
        this.out = out;
    }

    /** The top-level message; its subject is the SUBJECT text. */
    void topLevel(byte[] bytes) {
        out.subject(RawHeaders.read(bytes, out::defect).subject(out::defect));
        walkMessage(bytes, 0, Place.BODY);
    }

    private void walkMessage(byte[] bytes, int depth, Place place) {
        MimeMessage message;
        try {
            message = new MimeMessage(session, new SharedByteArrayInputStream(bytes));
        } catch (MessagingException | RuntimeException e) {
            out.defect("unparseable message (" + e.getClass().getSimpleName() + ")");
            salvage(bytes);
            return;
        }
        walk(message, depth, place);
    }

    private void walk(Part part, int depth, Place place) {
        if (++parts > limits.maxParts()) {
            out.defect("more than " + limits.maxParts() + " MIME parts; the rest was not read");
            return;
        }
        if (depth > limits.maxDepth()) {
            out.defect("MIME parts nested deeper than " + limits.maxDepth() + " levels");
            salvage(part);
            return;
        }
        if (!out.hasBudgetLeft()) {
            return;
        }
        try {
            Optional<PartInfo> info = PartInfo.read(part, out);
            if (info.isEmpty()) {
                salvage(part);
                return;
            }
            dispatch(part, info.get(), depth, place);
        } catch (MessagingException | IOException | RuntimeException e) {
            out.defect("unreadable MIME part (" + e.getClass().getSimpleName() + ")");
            salvage(part);
        }
    }

    private void dispatch(Part part, PartInfo info, int depth, Place place) throws MessagingException, IOException {
        String primary = info.primary();
        if (primary.equals("multipart")) {
            multipart(part, info, depth, place);
        } else if (info.baseType().equals("message/rfc822") || info.baseType().equals("message/global")) {
            embeddedMessage(part, info, depth);
        } else if (primary.equals("text") || primary.equals("message")) {
            if (info.baseType().equals("message/partial") || info.baseType().equals("message/external-body")) {
                out.defect(info.baseType() + " part (content kept elsewhere)");
            }
            text(part, info, place);
        } else {
            nonText(part, info, place);
        }
    }

    private void multipart(Part part, PartInfo info, int depth, Place place) throws MessagingException, IOException {
        String boundary = info.type().getParameter("boundary");
        if (boundary == null) {
            out.defect("multipart without a boundary parameter");
        }
        if (!PLAIN_ENCODINGS.contains(info.encoding())) {
            out.defect("multipart with Content-Transfer-Encoding '" + TextNormaliser.excerpt(info.encoding())
                    + "'");
        }
        MimeMultipart multipart = new MimeMultipart(new MimePartDataSource((MimePart) part));
        int count;
        try {
            count = multipart.getCount();
        } catch (MessagingException e) {
            out.defect("multipart boundary not found (" + TextNormaliser.excerpt(e.getMessage()) + ")");
            salvage(part);
            return;
        }
        if (!multipart.isComplete()) {
            out.defect("multipart is truncated (no closing boundary)");
        }
        if (count == 0) {
            out.defect("multipart with no parts");
        }
        scanHidden(multipart.getPreamble());
        if (boundary != null) {
            scanHidden(epilogue(rawBytes(part), boundary));
        }
        int preferred = info.sub().equals("alternative") ? preferredAlternative(multipart, count) : -1;
        Place related = new Place(place.visible(), info.sub().equals("related"));
        for (int i = 0; i < count; i++) {
            BodyPart child;
            try {
                child = multipart.getBodyPart(i);
            } catch (MessagingException e) {
                out.defect("unreadable MIME part (" + e.getClass().getSimpleName() + ")");
                continue;
            }
            boolean shown = place.visible() && (preferred < 0 || i == preferred);
            walk(child, depth + 1, shown ? related : new Place(false, related.related()));
        }
    }

    /** The plain-text alternative when there is one (what is delivered); else the last, as RFC 2046 prefers. */
    private static int preferredAlternative(MimeMultipart multipart, int count) {
        for (int i = 0; i < count; i++) {
            if (isPlainBody(multipart, i)) {
                return i;
            }
        }
        return count - 1;
    }

    private static boolean isPlainBody(MimeMultipart multipart, int index) {
        try {
            BodyPart child = multipart.getBodyPart(index);
            return child.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition());
        } catch (MessagingException unreadable) {
            return false;
        }
    }

    private void embeddedMessage(Part part, PartInfo info, int depth) throws MessagingException, IOException {
        if (!PLAIN_ENCODINGS.contains(info.encoding())) {
            out.defect("attached message with Content-Transfer-Encoding '" + TextNormaliser.excerpt(info.encoding())
                    + "'");
        }
        byte[] data = decoded(part, info);
        out.attachment(new AttachmentFact(AttachmentKind.EMBEDDED_MESSAGE, info.name(), info.baseType(),
                data.length));
        out.text(TextOrigin.HIDDEN, RawHeaders.read(data, out::defect).subject(out::defect));
        walkMessage(data, depth + 1, Place.SCANNED_ONLY);
    }

    private void text(Part part, PartInfo info, Place place) throws MessagingException, IOException {
        byte[] data = decoded(part, info);
        if (TransferDecoding.isUuencode(info.encoding())) {
            out.attachment(new AttachmentFact(AttachmentKind.UUENCODED_BLOCK, info.name(), info.baseType(),
                    data.length));
            return;
        }
        Optional<String> signature = BinarySniffer.signature(data);
        String text = Charsets.decode(data, info.type().getParameter("charset"), out::defect);
        if (signature.isPresent() || BinarySniffer.looksBinary(text)) {
            out.defect("binary data labelled as " + info.baseType());
            AttachmentKind kind = BinarySniffer.isTnef(data) ? AttachmentKind.TNEF : AttachmentKind.PART;
            out.attachment(new AttachmentFact(kind, info.name(), signature.orElse(info.baseType()), data.length));
            return;
        }
        boolean attached = Part.ATTACHMENT.equals(info.disposition()) || !info.names().isEmpty();
        boolean readable = info.sub().equals("plain") || info.sub().equals("html");
        String shown = info.sub().equals("html") ? html(text) : text;
        if (place.visible() && readable && !attached) {
            out.bodyText(shown);
        } else {
            out.text(TextOrigin.HIDDEN, shown);
        }
        EmbeddedPayloads.scan(shown, out);
        if (attached || !readable) {
            out.attachment(new AttachmentFact(AttachmentKind.PART, info.name(), info.baseType(), data.length));
        }
    }

    /** Visible text of HTML, rendered with jsoup up to the message's HTML budget and stripped of tags after it. */
    private String html(String source) {
        int room = limits.maxHtmlChars() - htmlChars;
        if (source.length() <= room) {
            htmlChars += source.length();
            return HtmlScanner.scan(source, out);
        }
        out.defect("more HTML than the parser renders (" + limits.maxHtmlChars()
                + " characters); the rest was read as plain text");
        htmlChars = limits.maxHtmlChars();
        // Cut before a tag, not inside one.
        int cut = room <= 0 ? 0 : Math.max(0, source.lastIndexOf('<', room));
        out.text(TextOrigin.HIDDEN, TagStripper.text(source.substring(cut)));
        return cut > 0 ? HtmlScanner.scan(source.substring(0, cut), out) : "";
    }

    private void nonText(Part part, PartInfo info, Place place) throws MessagingException, IOException {
        byte[] data = decoded(part, info);
        AttachmentKind kind = AttachmentKind.PART;
        if (isTnef(info, data)) {
            kind = AttachmentKind.TNEF;
        } else if (info.primary().equals("image") && !Part.ATTACHMENT.equals(info.disposition())
                && (place.related() || Part.INLINE.equals(info.disposition()) || hasHeader(part, "Content-ID"))) {
            kind = AttachmentKind.INLINE_IMAGE;
        }
        out.attachment(new AttachmentFact(kind, info.name(), info.baseType(), data.length));
    }

    private static boolean isTnef(PartInfo info, byte[] data) {
        return info.baseType().equals("application/ms-tnef") || info.baseType().equals("application/vnd.ms-tnef")
                || info.names().stream().anyMatch(n -> n.equalsIgnoreCase("winmail.dat"))
                || BinarySniffer.isTnef(data);
    }

    private byte[] decoded(Part part, PartInfo info) throws MessagingException, IOException {
        return TransferDecoding.decode(rawBytes(part), info.encoding(), out::defect);
    }

    private byte[] rawBytes(Part part) throws MessagingException, IOException {
        InputStream in = switch (part) {
            case MimeBodyPart body -> body.getRawInputStream();
            case MimeMessage message -> message.getRawInputStream();
            default -> part.getInputStream();
        };
        try (in) {
            return in.readNBytes(limits.maxMessageBytes());
        }
    }

    /** Text after the closing boundary: mail clients never show it, so it is only scanned. */
    private static String epilogue(byte[] raw, String boundary) {
        byte[] close = ("--" + boundary + "--").getBytes(StandardCharsets.ISO_8859_1);
        int at = lastIndexOf(raw, close);
        if (at < 0) {
            return "";
        }
        int lineEnd = RawHeaders.indexOf(raw, (byte) '\n', at);
        return lineEnd < 0 ? "" : Charsets.bestGuess(Arrays.copyOfRange(raw, lineEnd + 1, raw.length));
    }

    private void scanHidden(String text) {
        if (text != null && !text.isBlank()) {
            out.text(TextOrigin.HIDDEN, text);
            EmbeddedPayloads.scan(text, out);
        }
    }

    private void salvage(Part part) {
        try {
            salvage(rawBytes(part));
        } catch (MessagingException | IOException | RuntimeException e) {
            out.defect("part could not be read even as raw text");
        }
    }

    private void salvage(byte[] raw) {
        scanHidden(Charsets.bestGuess(raw));
    }

    private static boolean hasHeader(Part part, String name) throws MessagingException {
        return PartInfo.first(part, name) != null;
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
