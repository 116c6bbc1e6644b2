package uk.safekiosk.kiosk.alerts;

import java.time.Instant;
import java.util.Objects;

/**
 * Something staff must see now. {@code classId} says whose it is: the class's teachers see it, and the DSL and the
 * administrator see every alert. {@code reference} identifies the case/report/message in its own feature.
 */
public record StaffAlert(AlertKind kind, Long classId, Instant at, String pupilName, String summary,
                         String reference) {
    public StaffAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        pupilName = pupilName == null ? "" : pupilName;
        summary = summary == null ? "" : summary;
        reference = reference == null ? "" : reference;
    }
}
