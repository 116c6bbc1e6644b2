package uk.safekiosk.kiosk.whistle;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WhistleCaseRepository extends JpaRepository<WhistleCase, Long> {
    Optional<WhistleCase> findByMessageKey(String messageKey);

    List<WhistleCase> findTop100ByOrderByFirstReportedAtDescIdDesc();

    List<WhistleCase> findTop100ByClassIdOrderByFirstReportedAtDescIdDesc(Long classId);
}
