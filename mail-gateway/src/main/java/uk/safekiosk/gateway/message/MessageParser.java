package uk.safekiosk.gateway.message;

import java.util.List;

/**
 * Turns raw RFC 822 bytes into a {@link MessageView}. Never throws on bad input: anything malformed or ambiguous is
 * recorded in {@link MessageView#defects()} so the message is held, not crashed on and not delivered.
 */
@FunctionalInterface
public interface MessageParser {
    MessageView parse(String envelopeSender, List<String> envelopeRecipients, byte[] rfc822);
}
