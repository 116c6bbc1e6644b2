package uk.safekiosk.kiosk.search;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One screened search in the log the teacher reads. */
@Entity
@Table(name = "search_query")
class SearchQueryRecord {

    static final int MAX_QUERY = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long memberId;
    private Long classId;
    private Instant searchedAt;
    private String queryText;
    private String verdict;
    private String reasons;

    protected SearchQueryRecord() {
    }

    SearchQueryRecord(Long memberId, Long classId, Instant searchedAt, String queryText, String verdict,
                      String reasons) {
        this.memberId = memberId;
        this.classId = classId;
        this.searchedAt = searchedAt;
        this.queryText = queryText;
        this.verdict = verdict;
        this.reasons = reasons;
    }

    Long getId() {
        return id;
    }

    Long getMemberId() {
        return memberId;
    }

    Long getClassId() {
        return classId;
    }

    Instant getSearchedAt() {
        return searchedAt;
    }

    String getQueryText() {
        return queryText;
    }

    String getVerdict() {
        return verdict;
    }

    String getReasons() {
        return reasons;
    }
}
