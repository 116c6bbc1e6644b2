package uk.safekiosk.kiosk.search;

import java.time.Instant;
import java.util.List;

/** One line of the search log, for staff. */
public record ScreenedQuery(long id, String pupilName, Long classId, Instant at, String query, QueryVerdict verdict,
                            List<QueryReason> reasons) {

    public ScreenedQuery {
        reasons = List.copyOf(reasons);
    }
}
