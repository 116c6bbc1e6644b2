package uk.safekiosk.kiosk.incident;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: steps are never changed. */
interface IncidentActionRepository extends Repository<IncidentAction, Long> {

    IncidentAction save(IncidentAction action);

    List<IncidentAction> findByIncidentIdInOrderByAtAscIdAsc(Collection<Long> incidentIds);
}
