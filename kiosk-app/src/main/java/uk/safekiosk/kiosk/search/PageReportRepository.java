package uk.safekiosk.kiosk.search;

import org.springframework.data.jpa.repository.JpaRepository;

interface PageReportRepository extends JpaRepository<PageReportRecord, Long> {
}
