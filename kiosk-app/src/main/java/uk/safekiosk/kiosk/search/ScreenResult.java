package uk.safekiosk.kiosk.search;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The screen's answer for one query: the verdict and every reason found, in the order of {@link QueryReason}. */
public record ScreenResult(QueryVerdict verdict, List<QueryReason> reasons) {

    public ScreenResult {
        Objects.requireNonNull(verdict, "verdict");
        reasons = reasons.stream().distinct().sorted().toList();
        if ((verdict == QueryVerdict.ALLOW) != reasons.isEmpty()) {
            throw new IllegalArgumentException("A query is allowed exactly when there is no reason: " + verdict
                    + " " + reasons);
        }
    }

    /** SELFHARM escalates; any other reason blocks; no reason allows. */
    static ScreenResult of(Set<QueryReason> found) {
        QueryVerdict verdict = found.isEmpty() ? QueryVerdict.ALLOW
                : found.contains(QueryReason.SELFHARM) ? QueryVerdict.ESCALATE : QueryVerdict.BLOCK;
        return new ScreenResult(verdict, List.copyOf(found));
    }

    public boolean allowed() {
        return verdict == QueryVerdict.ALLOW;
    }
}
