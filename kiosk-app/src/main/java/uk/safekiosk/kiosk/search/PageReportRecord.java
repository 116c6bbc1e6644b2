package uk.safekiosk.kiosk.search;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A pupil's "Report this page". */
@Entity
@Table(name = "search_page_report")
class PageReportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long memberId;
    private Long classId;
    private Instant reportedAt;
    private String pageUrl;
    private String pageTitle;

    protected PageReportRecord() {
    }

    PageReportRecord(Long memberId, Long classId, Instant reportedAt, String pageUrl, String pageTitle) {
        this.memberId = memberId;
        this.classId = classId;
        this.reportedAt = reportedAt;
        this.pageUrl = pageUrl;
        this.pageTitle = pageTitle;
    }

    Long getId() {
        return id;
    }

    Instant getReportedAt() {
        return reportedAt;
    }
}
