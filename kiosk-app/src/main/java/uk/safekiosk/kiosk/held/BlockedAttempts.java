package uk.safekiosk.kiosk.held;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.safekiosk.gateway.events.GatewayEvent;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditEntry;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;

/**
 * Today's refused messages per pupil: counts, not an alert each, so a pupil trying a phone number five times is one
 * line that says 5. The day's counts come from the audit ({@link AuditAction#MAIL_BLOCKED}, recorded where pupil
 * actions are audited); open staff screens also hear of each refusal as it happens and count it on.
 */
@Service
public class BlockedAttempts {

    private static final Logger log = LoggerFactory.getLogger(BlockedAttempts.class);

    private final AuditLog audit;
    private final RosterService roster;
    private final Clock clock;
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();

    BlockedAttempts(AuditLog audit, RosterService roster, Clock clock) {
        this.audit = audit;
        this.roster = roster;
        this.clock = clock;
    }

    /** Today's counts for the pupils this member of staff looks after, most first. */
    public List<BlockedCount> today(Person staff) {
        if (!staff.role().isStaff()) {
            throw new AccessDeniedException("For staff only");
        }
        Instant now = clock.instant();
        Instant midnight = LocalDate.ofInstant(now, clock.getZone()).atStartOfDay(clock.getZone()).toInstant();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AuditEntry entry : audit.between(midnight, now.plusMillis(1))) {
            if (entry.action() == AuditAction.MAIL_BLOCKED && staff.isStaffFor(entry.classId())) {
                counts.merge(entry.subject() != null ? entry.subject() : entry.actor(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .flatMap(e -> roster.findByUsername(e.getKey()).stream()
                        .map(p -> new BlockedCount(p.username(), p.displayName(), p.classId(), e.getValue())))
                .sorted(Comparator.comparingInt(BlockedCount::count).reversed()
                        .thenComparing(BlockedCount::pupilName))
                .toList();
    }

    /** {@code onBlocked} hears of each refusal of a pupil this member of staff looks after; returns the undo. */
    public Runnable subscribe(Person staff, Consumer<Person> onBlocked) {
        if (!staff.role().isStaff()) {
            throw new AccessDeniedException("For staff only");
        }
        Subscription subscription = new Subscription(staff, onBlocked);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    @EventListener
    void onBlocked(GatewayEvent.Blocked blocked) {
        roster.findByEmail(blocked.message().sender()).filter(Person::isPupil).ifPresent(pupil -> {
            for (Subscription s : List.copyOf(subscriptions)) {
                if (s.staff().isStaffFor(pupil.classId())) {
                    try {
                        s.onBlocked().accept(pupil);
                    } catch (RuntimeException e) {
                        log.warn("A staff screen could not take a refusal count", e);
                    }
                }
            }
        });
    }

    private record Subscription(Person staff, Consumer<Person> onBlocked) {
    }
}
