package uk.safekiosk.kiosk.search;

/** What a pupil's search led to. */
public sealed interface SearchOutcome {

    /** The screen allowed the query: a page of results (maybe none). */
    record Found(SearchResults results) implements SearchOutcome {
    }

    /** The screen stopped the query (BLOCK or ESCALATE); nothing was searched. */
    record Stopped(ScreenResult screen) implements SearchOutcome {

        public boolean needsAGrownUp() {
            return screen.verdict() == QueryVerdict.ESCALATE;
        }
    }

    /** The class's "Search" switch is off. */
    record Resting() implements SearchOutcome {
    }
}
