package uk.safekiosk.kiosk.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentRepository extends JpaRepository<Incident, Long> {

    Optional<Incident> findByReference(String reference);

    List<Incident> findByOpenedAtGreaterThanEqualAndOpenedAtLessThanOrderByOpenedAtDescIdDesc(Instant from,
                                                                                             Instant until);

    /** Escalations no DSL has acknowledged yet, oldest first. */
    List<Incident> findByEscalatedAtNotNullAndAcknowledgedAtNullOrderByEscalatedAtAscIdAsc();

    /** Of those, the ones whose last alert went out at or before {@code dueBy}. */
    List<Incident> findByEscalatedAtNotNullAndAcknowledgedAtNullAndLastAlertAtLessThanEqualOrderByIdAsc(
            Instant dueBy);
}
