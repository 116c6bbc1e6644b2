package uk.safekiosk.kiosk.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: the audit is append-only, so no update or delete is offered. */
interface AuditRecordRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    List<AuditRecord> findBySubjectOrActorOrderByAtDesc(String subject, String actor);

    List<AuditRecord> findByAtBetweenOrderByAtDesc(Instant from, Instant to);
}
