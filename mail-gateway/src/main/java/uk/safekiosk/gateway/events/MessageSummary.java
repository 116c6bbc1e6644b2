package uk.safekiosk.gateway.events;

import java.time.Instant;
import java.util.List;

/** Which message an event is about: the gateway's id for it, when it came in, who sent it to whom, its subject. */
public record MessageSummary(String id, Instant receivedAt, String sender, List<String> recipients, String subject) {
    public MessageSummary {
        recipients = List.copyOf(recipients);
    }
}
