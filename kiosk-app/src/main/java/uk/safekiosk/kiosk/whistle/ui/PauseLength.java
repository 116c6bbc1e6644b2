package uk.safekiosk.kiosk.whistle.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** How long a teacher pauses a sender's email from a case. */
enum PauseLength {
    HOUR,
    END_OF_DAY,
    WEEK;

    Instant until(Clock clock) {
        Instant now = clock.instant();
        return switch (this) {
            case HOUR -> now.plus(Duration.ofHours(1));
            case END_OF_DAY -> LocalDate.ofInstant(now, clock.getZone()).plusDays(1).atStartOfDay(clock.getZone())
                    .toInstant();
            case WEEK -> now.plus(Duration.ofDays(7));
        };
    }

    String wordingKey() {
        return "whistle.case.pause." + name();
    }
}
