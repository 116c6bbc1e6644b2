package uk.safekiosk.kiosk.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.i18n.Words;

/** How an incident reads in the log, the printable view and the export: English wording, school time. */
@Component
public class IncidentText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final Words words;
    private final Clock clock;

    IncidentText(Words words, Clock clock) {
        this.words = words;
        this.clock = clock;
    }

    public String word(String key, Object... args) {
        return words.getTranslation(key, Words.ENGLISH, args);
    }

    public String date(Instant at) {
        return DATE.format(at.atZone(clock.getZone()));
    }

    public String day(LocalDate day) {
        return DATE.format(day);
    }

    public String time(Instant at) {
        return TIME.format(at.atZone(clock.getZone()));
    }

    public String when(Instant at) {
        return date(at) + " " + time(at);
    }

    public String kind(IncidentKind kind) {
        return word("incident.kind." + kind.name());
    }

    /** "Open", "Escalated to the DSL, waiting", "Escalated, acknowledged by Mrs Khan", "Resolved". */
    public String status(IncidentView incident) {
        if (incident.status() == IncidentStatus.ESCALATED && incident.escalation() != null) {
            IncidentView.Escalation e = incident.escalation();
            return e.acknowledgedAt() == null ? word("incident.status.waiting")
                    : word("incident.status.acknowledged", e.acknowledgedBy());
        }
        return word("incident.status." + incident.status().name());
    }

    /** Who took a step: their name, or the kiosk. */
    public String actor(IncidentView.Step step) {
        return step.bySystem() ? word("incident.actor.system") : step.actorName();
    }

    /** One step in a line: "23/11/2026 09:14 Mrs Okafor: Resolved: spoke to both pupils". */
    public String step(IncidentView.Step step) {
        String label = word("incident.step." + step.step().name());
        String note = step.step() == IncidentStep.RE_ALERTED ? word("incident.step.alert-number", step.note())
                : step.note();
        return word(note.isBlank() ? "incident.step.line" : "incident.step.line-note", when(step.at()),
                actor(step), label, note);
    }

    /** Who raised the incident: the pupil who reported it, or the kiosk. */
    public String raisedBy(IncidentView incident) {
        return actor(incident.firstStep());
    }
}
