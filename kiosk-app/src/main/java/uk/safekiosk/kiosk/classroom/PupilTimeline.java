package uk.safekiosk.kiosk.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.roster.Person;

/** What a pupil did and what was done about them, newest first, for staff. */
public record PupilTimeline(Person pupil, List<Entry> entries, boolean cutShort) {

    public PupilTimeline {
        entries = List.copyOf(entries);
    }

    /** {@code actorName} is empty when the kiosk did it by itself. */
    public record Entry(Instant at, Optional<String> actorName, AuditAction action, String detail) {
    }
}
