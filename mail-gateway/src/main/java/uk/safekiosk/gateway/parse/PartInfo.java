package uk.safekiosk.gateway.parse;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.safekiosk.gateway.message.TextOrigin;

/**
 * What the headers of one MIME part say about it, read defensively: duplicates and malformed headers are defects,
 * and every file name (RFC 2231 and RFC 2047 decoded) and description is handed over for scanning.
 *
 * @param baseType    lower-case {@code type/subtype}
 * @param type        the parsed Content-Type (text/plain when absent)
 * @param disposition lower-case disposition, or empty
 * @param names       distinct decoded file names, from Content-Disposition then Content-Type
 * @param encoding    lower-case Content-Transfer-Encoding, or empty
 */
record PartInfo(String baseType, ContentType type, String disposition, List<String> names, String encoding) {

    private static final Set<String> SINGLE_HEADERS = Set.of("Content-Type", "Content-Transfer-Encoding",
            "Content-Disposition");
    private static final String BIDI_CONTROLS = "[\u200e\u200f\u202a-\u202e\u2066-\u2069]";

    String primary() {
        return type.getPrimaryType().toLowerCase(Locale.ROOT);
    }

    String sub() {
        return type.getSubType().toLowerCase(Locale.ROOT);
    }

    String name() {
        return names.isEmpty() ? "" : names.getFirst();
    }

    /** Empty when the Content-Type cannot be parsed, so the part's structure is unknown. */
    static Optional<PartInfo> read(Part part, ViewBuilder out) throws MessagingException {
        checkHeaders(part, out);
        String rawType = first(part, "Content-Type");
        ContentType type;
        try {
            type = new ContentType(rawType == null ? "text/plain" : rawType);
        } catch (ParseException e) {
            out.defect("unparseable Content-Type header");
            return Optional.empty();
        }
        String disposition = "";
        List<String> names = new ArrayList<>();
        String rawDisposition = first(part, "Content-Disposition");
        if (rawDisposition != null) {
            try {
                ContentDisposition cd = new ContentDisposition(rawDisposition);
                disposition = cd.getDisposition() == null ? "" : cd.getDisposition().toLowerCase(Locale.ROOT);
                addName(names, cd.getParameter("filename"), out);
            } catch (ParseException e) {
                out.defect("unparseable Content-Disposition header");
                out.text(TextOrigin.FILE_NAME, EncodedWords.decode(rawDisposition, out::defect));
            }
        }
        addName(names, type.getParameter("name"), out);
        if (names.size() > 1) {
            out.defect("a part gives two different file names");
        }
        names.forEach(n -> out.text(TextOrigin.FILE_NAME, n));
        String description = first(part, "Content-Description");
        if (description != null) {
            out.text(TextOrigin.HIDDEN, EncodedWords.decode(description, out::defect));
        }
        String encoding = first(part, "Content-Transfer-Encoding");
        return Optional.of(new PartInfo(type.getBaseType().toLowerCase(Locale.ROOT), type, disposition,
                List.copyOf(names), encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT)));
    }

    static String first(Part part, String name) throws MessagingException {
        String[] values = part.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static void addName(List<String> names, String raw, ViewBuilder out) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        String decoded = EncodedWords.decode(raw, out::defect);
        String clean = decoded.replaceAll(BIDI_CONTROLS, "");
        if (!clean.equals(decoded)) {
            out.defect("file name contains text-direction control characters");
        }
        clean = TextNormaliser.singleLine(clean);
        if (!clean.isEmpty() && !names.contains(clean)) {
            names.add(clean);
        }
    }

    private static void checkHeaders(Part part, ViewBuilder out) throws MessagingException {
        for (String name : SINGLE_HEADERS) {
            String[] values = part.getHeader(name);
            if (values != null && values.length > 1) {
                out.defect("more than one " + name + " header");
            }
        }
        for (Enumeration<Header> all = part.getAllHeaders(); all.hasMoreElements(); ) {
            String name = all.nextElement().getName();
            if (name.isEmpty() || !name.chars().allMatch(c -> c >= 33 && c <= 126 && c != ':')) {
                out.defect("unparseable header line");
            }
        }
    }
}
