package uk.safekiosk.gateway.parse;

import jakarta.mail.Session;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import uk.safekiosk.gateway.message.MessageParser;
import uk.safekiosk.gateway.message.MessageView;

/**
 * Parses raw RFC 822 bytes into a {@link MessageView} with Jakarta Mail (structure) and jsoup (HTML). It never throws:
 * every problem becomes a defect, and the work is bounded by {@link Limits}, so hostile input can neither crash nor
 * stall the gateway. Whatever goes over a limit is reported as a defect, which holds the message.
 */
public final class MimeMessageParser implements MessageParser {

    /**
     * Bounds on the work done for one message.
     *
     * @param maxMessageBytes bytes read; a longer message is cut here (and that is a defect)
     * @param maxDepth        levels of nested multiparts and attached messages read
     * @param maxParts        MIME parts read
     * @param maxTextChars    characters of text kept for the rules, over all texts together
     * @param maxHtmlChars    characters of HTML rendered with jsoup, over all HTML parts together; beyond it HTML is
     *                        read as plain text. jsoup slows down more than linearly on some hostile markup
     *                        (measured here: 1.8 s for 256 KiB of repeated {@code <table><b>x}, 37 s for 1 MiB),
     *                        so this bounds the time.
     */
    public record Limits(int maxMessageBytes, int maxDepth, int maxParts, int maxTextChars, int maxHtmlChars) {
        public Limits {
            if (maxMessageBytes < 1 || maxDepth < 1 || maxParts < 1 || maxTextChars < 1 || maxHtmlChars < 1) {
                throw new IllegalArgumentException("parser limits must be positive");
            }
        }

        /** 16 MiB, 20 levels, 500 parts, two million characters of text, 256 Ki characters of HTML. */
        public static Limits defaults() {
            return new Limits(16 * 1024 * 1024, 20, 500, 2_000_000, 256 * 1024);
        }
    }

    private final Limits limits;
    private final Session session;

    public MimeMessageParser() {
        this(Limits.defaults());
    }

    public MimeMessageParser(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        Properties properties = new Properties();
        // Headers written in raw UTF-8 (SMTPUTF8) are read as UTF-8, not as Latin-1 mojibake.
        properties.setProperty("mail.mime.allowutf8", "true");
        this.session = Session.getInstance(properties);
    }

    @Override
    public MessageView parse(String envelopeSender, List<String> envelopeRecipients, byte[] rfc822) {
        ViewBuilder out = new ViewBuilder(limits.maxTextChars());
        List<String> recipients = envelopeRecipients == null ? List.of()
                : envelopeRecipients.stream().filter(Objects::nonNull).toList();
        byte[] bytes = rfc822 == null ? new byte[0] : rfc822;
        if (bytes.length > limits.maxMessageBytes()) {
            out.defect("message larger than " + limits.maxMessageBytes() + " bytes; only the start was read");
            bytes = Arrays.copyOf(bytes, limits.maxMessageBytes());
        }
        try {
            new PartWalker(session, limits, out).topLevel(bytes);
        } catch (RuntimeException | StackOverflowError e) {
            // Last line of defence: the walker already turns known failures into defects.
            out.defect("parser failure (" + e.getClass().getSimpleName() + ")");
        }
        return out.build(envelopeSender, recipients);
    }
}
