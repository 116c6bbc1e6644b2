package uk.safekiosk.kiosk.whistle;

import java.time.Instant;

/** A whistle as the pupil who blew it sees it: whose message, when, and whether a teacher has seen it yet. */
public record PupilWhistle(long id, long caseId, String senderName, Instant reportedAt, boolean seen) {
}
