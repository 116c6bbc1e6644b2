package uk.safekiosk.kiosk.search;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface SearchQueryRepository extends JpaRepository<SearchQueryRecord, Long> {

    List<SearchQueryRecord> findByClassIdInOrderBySearchedAtDescIdDesc(Collection<Long> classIds, Limit limit);

    List<SearchQueryRecord> findAllByOrderBySearchedAtDescIdDesc(Limit limit);
}
