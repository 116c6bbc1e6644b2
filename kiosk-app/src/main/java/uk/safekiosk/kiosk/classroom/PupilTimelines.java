package uk.safekiosk.kiosk.classroom;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import uk.safekiosk.kiosk.audit.AuditEntry;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;

/** A pupil's timeline from the audit, for the staff who look after them (the DSL and the administrator: anyone). */
@Service
public class PupilTimelines {

    /** The newest this many are shown; the audit keeps everything. */
    static final int LONGEST = 500;

    private final AuditLog audit;
    private final RosterService roster;
    private final StaffGuard guard;

    PupilTimelines(AuditLog audit, RosterService roster, StaffGuard guard) {
        this.audit = audit;
        this.roster = roster;
        this.guard = guard;
    }

    /** Empty when there is no such pupil or {@code staff} does not look after them. */
    public Optional<PupilTimeline> of(Person staff, String username) {
        return guard.pupil(staff, username).map(pupil -> {
            List<AuditEntry> all = audit.timeline(pupil.username());
            Map<String, String> names = roster.everyone().stream()
                    .collect(Collectors.toMap(Person::username, Person::displayName, (a, b) -> a));
            Function<String, Optional<String>> name = actor -> AuditLog.SYSTEM.equals(actor) ? Optional.empty()
                    : Optional.of(names.getOrDefault(actor, actor));
            List<PupilTimeline.Entry> entries = all.stream().limit(LONGEST)
                    .map(e -> new PupilTimeline.Entry(e.at(), name.apply(e.actor()), e.action(), e.detail()))
                    .toList();
            return new PupilTimeline(pupil, entries, all.size() > LONGEST);
        });
    }
}
