package uk.safekiosk.kiosk.search;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PageReportRepository extends JpaRepository<PageReportRecord, Long> {

    List<PageReportRecord> findByMemberIdOrderByIdDesc(Long memberId);
}
