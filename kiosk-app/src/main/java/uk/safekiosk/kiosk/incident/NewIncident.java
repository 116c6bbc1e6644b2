package uk.safekiosk.kiosk.incident;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import uk.safekiosk.kiosk.roster.Person;

/**
 * A feature's report of something that is an incident.
 *
 * @param reference names it in its feature, unique ("whistle-case-12"); the same reference is always one incident
 * @param link      the staff page for it, e.g. "teacher/whistle/12"
 * @param classId   whose it is: the class's teachers see it, the DSL sees all
 * @param pupil     who it is about (the pupil who reported, the pupil who wrote)
 * @param linked    the other people involved
 * @param reasons   why, in short ("Scary", "BULLYING")
 * @param summary   what happened, in full, as a safeguarding lead would write it down
 * @param reporter  who raised it (a pupil who whistled), or null when the kiosk raised it (the gateway held a message)
 * @param escalated the DSL must be told at once (a possible disclosure)
 */
public record NewIncident(IncidentKind kind, String reference, String link, Long classId, Person pupil,
                          List<Person> linked, String reasons, String summary, Instant at, Person reporter,
                          boolean escalated) {
    public NewIncident {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(pupil, "pupil");
        Objects.requireNonNull(at, "at");
        linked = List.copyOf(linked);
        reasons = reasons == null ? "" : reasons;
        summary = summary == null ? "" : summary;
    }
}
