package uk.safekiosk.kiosk.whistle;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WhistleReportRepository extends JpaRepository<WhistleReport, Long> {
    List<WhistleReport> findByCaseIdInOrderByReportedAtAscIdAsc(Collection<Long> caseIds);

    Optional<WhistleReport> findFirstByReporterIdOrderByReportedAtDescIdDesc(Long reporterId);

    List<WhistleReport> findByReporterIdAndReportedAtGreaterThanEqualOrderByReportedAtDescIdDesc(Long reporterId,
                                                                                                Instant since);
}
