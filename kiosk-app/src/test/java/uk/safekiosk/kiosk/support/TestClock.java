package uk.safekiosk.kiosk.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The real clock, moved forward on request: time passes as usual, and a test that needs ten minutes to pass says so
 * instead of sleeping. Only ever moves forward, so other tests sharing the application see time as time.
 */
public final class TestClock extends Clock {

    private final Clock base;
    private volatile Duration ahead = Duration.ZERO;

    public TestClock(Clock base) {
        this.base = base;
    }

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("Time only moves forward");
        }
        synchronized (this) {
            ahead = ahead.plus(by);
        }
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), ahead);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(ahead);
    }
}
