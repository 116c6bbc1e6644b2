package uk.safekiosk.kiosk.search;

import java.util.List;
import java.util.Optional;

/**
 * One page of results. {@code searchedFor} is what was searched: the query, or its spelling put right when the query
 * itself found nothing. {@code didYouMean} offers a better spelling when the query found something anyway.
 */
public record SearchResults(String query, String searchedFor, Optional<String> didYouMean, long total, int page,
                            boolean hasNext, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public boolean corrected() {
        return !searchedFor.equals(query);
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
