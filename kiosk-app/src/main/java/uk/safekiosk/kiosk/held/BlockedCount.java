package uk.safekiosk.kiosk.held;

/** How many of a pupil's messages the gateway refused today. */
public record BlockedCount(String username, String pupilName, Long classId, int count) {
}
