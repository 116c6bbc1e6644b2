package uk.safekiosk.kiosk.security;

import java.time.Duration;
import java.time.Instant;

/** When an idle pupil is warned and when they are logged out. */
record IdleTimings(Duration timeout, Duration warning) {

    enum State { ACTIVE, WARNING, EXPIRED }

    State stateAt(Instant lastActivity, Instant now) {
        Duration idle = Duration.between(lastActivity, now);
        if (idle.compareTo(timeout) >= 0) {
            return State.EXPIRED;
        }
        return idle.compareTo(timeout.minus(warning)) >= 0 ? State.WARNING : State.ACTIVE;
    }

    /** How often the browser reports activity: often enough that a warning never shows while a child is busy. */
    Duration pingInterval() {
        Duration third = warning.dividedBy(3);
        Duration cap = Duration.ofSeconds(10);
        return third.compareTo(cap) < 0 ? third : cap;
    }
}
