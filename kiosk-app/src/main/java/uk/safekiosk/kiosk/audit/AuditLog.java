package uk.safekiosk.kiosk.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit. Features record what matters as it happens; staff read a pupil's timeline. Writes run in
 * their own transaction, so a failed action is still recorded as tried and a recorded action is never rolled back.
 */
@Service
public class AuditLog {

    /** The actor for things the kiosk does by itself (a switch turning off at the end of the day). */
    public static final String SYSTEM = "system";

    private static final int DETAIL_LIMIT = 2000;

    private final AuditRecordRepository records;
    private final Clock clock;

    AuditLog(AuditRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry record(String actor, AuditAction action, String subject, Long classId, String detail) {
        String text = detail == null ? "" : detail;
        if (text.length() > DETAIL_LIMIT) {
            text = text.substring(0, DETAIL_LIMIT - 1) + "…";
        }
        return records.save(new AuditRecord(clock.instant(), actor, action, subject, classId, text)).toEntry();
    }

    /** Everything a person did or that was done about them, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> timeline(String username) {
        return records.findBySubjectOrActorOrderByAtDesc(username, username).stream()
                .map(AuditRecord::toEntry).toList();
    }

    /** Everything between two instants, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> between(Instant from, Instant to) {
        return records.findByAtBetweenOrderByAtDesc(from, to).stream().map(AuditRecord::toEntry).toList();
    }
}
