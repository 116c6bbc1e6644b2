package uk.safekiosk.kiosk.incident;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which incidents to show: opened between two school days (inclusive), optionally of one class and about one pupil
 * (as the main pupil or one of the others involved).
 */
public record IncidentFilter(LocalDate from, LocalDate to, Long classId, String pupilUsername) {
    public IncidentFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The last day is before the first");
        }
        pupilUsername = pupilUsername == null || pupilUsername.isBlank() ? null : pupilUsername;
    }

    public static IncidentFilter days(LocalDate from, LocalDate to) {
        return new IncidentFilter(from, to, null, null);
    }

    public IncidentFilter withClass(Long id) {
        return new IncidentFilter(from, to, id, pupilUsername);
    }

    public IncidentFilter withPupil(String username) {
        return new IncidentFilter(from, to, classId, username);
    }
}
