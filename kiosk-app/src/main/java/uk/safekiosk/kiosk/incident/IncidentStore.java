package uk.safekiosk.kiosk.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;

/**
 * The database side of incidents. Each method is one transaction, so whoever is told about a change afterwards (a
 * staff screen re-reading its list) sees it committed. Callers check who may do what.
 */
@Component
class IncidentStore {

    private final IncidentRepository incidents;
    private final IncidentActionRepository actions;
    private final RosterService roster;

    IncidentStore(IncidentRepository incidents, IncidentActionRepository actions, RosterService roster) {
        this.incidents = incidents;
        this.actions = actions;
        this.roster = roster;
    }

    /** The incident and whether this call opened it (false: the reference had one already). */
    record Opened(IncidentView incident, boolean created) {
    }

    @Transactional
    Opened open(NewIncident n) {
        Optional<Incident> existing = incidents.findByReference(n.reference());
        if (existing.isPresent()) {
            return new Opened(view(existing.get()), false);
        }
        Set<String> pupils = new LinkedHashSet<>();
        pupils.add(n.pupil().username());
        n.linked().forEach(p -> pupils.add(p.username()));
        String linkedNames = n.linked().stream().map(Person::displayName).distinct().collect(Collectors.joining(", "));
        Incident incident = incidents.save(new Incident(n.kind(), n.reference(), n.link(), n.classId(),
                n.pupil().username(), n.pupil().displayName(), linkedNames, pupils, n.reasons(), n.summary(), n.at()));
        String actor = n.reporter() == null ? AuditLog.SYSTEM : n.reporter().username();
        String actorName = n.reporter() == null ? "" : n.reporter().displayName();
        actions.save(new IncidentAction(incident.getId(), n.at(), IncidentStep.REPORTED, actor, actorName,
                n.reasons()));
        if (n.escalated()) {
            incident.escalate("", n.at());
            actions.save(new IncidentAction(incident.getId(), n.at(), IncidentStep.ESCALATED, AuditLog.SYSTEM, "",
                    n.reasons()));
        }
        return new Opened(view(incident), true);
    }

    /** Records a step; a step that resolves also closes the incident with {@code note} as its outcome. */
    @Transactional
    Optional<IncidentView> step(String reference, IncidentStep step, String actor, String actorName, String note,
                                Instant at) {
        return incidents.findByReference(reference).map(incident -> {
            if (step.resolves()) {
                incident.resolve(note, at);
            }
            actions.save(new IncidentAction(incident.getId(), at, step, actor, actorName, note));
            return view(incident);
        });
    }

    @Transactional
    Optional<IncidentView> escalate(String reference, String actor, String actorName, String note, Instant at) {
        return incidents.findByReference(reference).map(incident -> {
            incident.escalate(actorName, at);
            actions.save(new IncidentAction(incident.getId(), at, IncidentStep.ESCALATED, actor, actorName, note));
            return view(incident);
        });
    }

    /** Empty when there is no such incident or it was not waiting for an acknowledgement. */
    @Transactional
    Optional<IncidentView> acknowledge(long id, String actor, String actorName, Instant at) {
        return incidents.findById(id).filter(incident -> incident.acknowledge(actorName, at)).map(incident -> {
            actions.save(new IncidentAction(incident.getId(), at, IncidentStep.ACKNOWLEDGED, actor, actorName, ""));
            return view(incident);
        });
    }

    /** Unacknowledged escalations whose last alert went out at or before {@code dueBy}. */
    @Transactional(readOnly = true)
    List<Long> dueForAlert(Instant dueBy) {
        return incidents.findByEscalatedAtNotNullAndAcknowledgedAtNullAndLastAlertAtLessThanEqualOrderByIdAsc(dueBy)
                .stream().map(Incident::getId).toList();
    }

    /** Counts one more alert, unless someone acknowledged it (or it alerted) a moment ago. */
    @Transactional
    Optional<IncidentView> alertAgain(long id, Instant dueBy, Instant at) {
        return incidents.findById(id)
                .filter(incident -> incident.getAcknowledgedAt() == null && !incident.getLastAlertAt().isAfter(dueBy))
                .map(incident -> {
                    incident.alertedAgain(at);
                    actions.save(new IncidentAction(incident.getId(), at, IncidentStep.RE_ALERTED, AuditLog.SYSTEM,
                            "", String.valueOf(incident.getAlertCount())));
                    return view(incident);
                });
    }

    @Transactional(readOnly = true)
    Optional<IncidentView> find(long id) {
        return incidents.findById(id).map(this::view);
    }

    @Transactional(readOnly = true)
    Optional<IncidentView> find(String reference) {
        return incidents.findByReference(reference).map(this::view);
    }

    /** Opened in {@code [from, until)}, newest first. */
    @Transactional(readOnly = true)
    List<IncidentView> openedBetween(Instant from, Instant until) {
        return views(incidents.findByOpenedAtGreaterThanEqualAndOpenedAtLessThanOrderByOpenedAtDescIdDesc(from,
                until));
    }

    @Transactional(readOnly = true)
    List<IncidentView> awaitingAcknowledgement() {
        return views(incidents.findByEscalatedAtNotNullAndAcknowledgedAtNullOrderByEscalatedAtAscIdAsc());
    }

    private IncidentView view(Incident incident) {
        return views(List.of(incident)).getFirst();
    }

    private List<IncidentView> views(List<Incident> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<IncidentView.Step>> steps = new HashMap<>();
        actions.findByIncidentIdInOrderByAtAscIdAsc(found.stream().map(Incident::getId).toList())
                .forEach(a -> steps.computeIfAbsent(a.getIncidentId(), id -> new ArrayList<>()).add(a.toStep()));
        Map<Long, String> classNames = new HashMap<>();
        List<IncidentView> views = new ArrayList<>(found.size());
        for (Incident i : found) {
            String className = i.getClassId() == null ? "" : classNames.computeIfAbsent(i.getClassId(),
                    id -> roster.findClass(id).map(ClassInfo::name).orElse(""));
            IncidentView.Escalation escalation = i.getEscalatedAt() == null ? null
                    : new IncidentView.Escalation(i.getEscalatedAt(), i.getEscalatedBy(), i.getLastAlertAt(),
                            i.getAlertCount(), i.getAcknowledgedAt(), i.getAcknowledgedBy());
            views.add(new IncidentView(i.getId(), i.getKind(), i.getReference(), i.getLink(), i.getClassId(),
                    className, i.getPupilUsername(), i.getPupilName(), i.getLinkedNames(), i.getPupils(),
                    i.getReasons(), i.getSummary(), i.getStatus(), i.getOpenedAt(), escalation, i.getResolvedAt(),
                    i.getOutcome(), steps.getOrDefault(i.getId(), List.of())));
        }
        return views;
    }
}
