package uk.safekiosk.gateway.delivery;

import java.util.List;

/**
 * A rebuilt plain-text message ready for the recipients' mailboxes.
 *
 * @param id         the gateway's id of the accepted message it was rebuilt from
 * @param sender     envelope sender
 * @param recipients envelope recipients (roster addresses)
 * @param rfc822     the new message, text/plain UTF-8 only
 */
public record OutboundMessage(String id, String sender, List<String> recipients, byte[] rfc822) {
    public OutboundMessage {
        recipients = List.copyOf(recipients);
    }
}
