package uk.safekiosk.kiosk.whistle;

import java.util.List;

/**
 * Cases whose first whistle came from one pupil in one burst (whistles close together). A group of one is an
 * ordinary report; a bigger group is shown together so a burst never floods a teacher's list, and nothing is lost.
 */
public record WhistleGroup(String reporterName, List<WhistleCaseView> cases) {

    public WhistleGroup {
        cases = List.copyOf(cases);
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("A group has at least one case");
        }
    }

    public boolean isBurst() {
        return cases.size() > 1;
    }

    /** Names the group for as long as it exists: its pupil and when their burst began. */
    public String key() {
        WhistleCaseView.Whistle first = cases.getFirst().whistles().getFirst();
        return first.reporterId() + "@" + first.burstStartedAt();
    }
}
