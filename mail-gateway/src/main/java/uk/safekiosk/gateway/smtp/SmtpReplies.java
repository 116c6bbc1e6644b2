package uk.safekiosk.gateway.smtp;

import java.text.Normalizer;
import java.util.Properties;
import uk.safekiosk.content.ContentSource;

/** The words of SMTP refusals a child may read, from {@code gateway/smtp-replies.properties} in content. */
record SmtpReplies(String outsideClass, String unknownRecipient, String notYou, String tooBig, String temporary,
                   String resting) {

    static final String FILE = "gateway/smtp-replies.properties";

    static SmtpReplies from(ContentSource content) {
        Properties p = content.properties(FILE);
        return new SmtpReplies(
                required(p, "recipient.outside-class"),
                required(p, "recipient.unknown"),
                required(p, "sender.not-you"),
                required(p, "message.too-big"),
                required(p, "temporary.failure"),
                required(p, "sender.resting"));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Content file " + FILE + " has no text for " + key);
        }
        return smtpSafe(value);
    }

    /**
     * One line of printable ASCII: an SMTP reply cannot carry line breaks, and without SMTPUTF8 nothing else. Accented
     * letters lose their accents, curly quotes become straight; anything else becomes a space.
     */
    static String smtpSafe(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replace('\u2018', '\'')
                .replace('\u2019', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"')
                .replace('\u2013', '-')
                .replace('\u2014', '-');
        StringBuilder out = new StringBuilder(decomposed.length());
        for (char c : decomposed.toCharArray()) {
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(' ');
            }
        }
        return out.toString().replaceAll(" {2,}", " ").strip();
    }
}
