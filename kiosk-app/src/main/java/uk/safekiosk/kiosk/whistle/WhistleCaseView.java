package uk.safekiosk.kiosk.whistle;

import java.time.Instant;
import java.util.List;

/**
 * A reported message as staff see it: the message in full and every whistle blown on it.
 *
 * @param seenAt when a member of staff first opened it, or null
 */
public record WhistleCaseView(long id, Long classId, String senderAddress, String senderName, String subject,
                              String messageText, Instant firstReportedAt, Instant seenAt, String seenBy,
                              List<Whistle> whistles) {

    public WhistleCaseView {
        whistles = List.copyOf(whistles);
    }

    public boolean seen() {
        return seenAt != null;
    }

    /** One whistle on the case. */
    public record Whistle(long reportId, long reporterId, String reporterName, WhistleReason reason,
                          Instant reportedAt, Instant burstStartedAt) {
    }
}
