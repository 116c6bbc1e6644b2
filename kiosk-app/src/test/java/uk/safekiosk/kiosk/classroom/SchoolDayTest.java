package uk.safekiosk.kiosk.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SchoolDayTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final SchoolDay day = new SchoolDay(LocalTime.of(15, 30), LONDON);

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    @Test
    void aSwitchTurnedOnInTheMorningEndsAtTheEndOfThatSchoolDay() {
        assertThat(day.searchEndsFor(at("2026-11-23T09:10"))).isEqualTo(at("2026-11-23T15:30"));
    }

    @Test
    void aSwitchTurnedOnAfterSchoolLastsUntilMidnightNotIntoTheNextSchoolDay() {
        assertThat(day.searchEndsFor(at("2026-11-23T15:45"))).isEqualTo(at("2026-11-24T00:00"));
        assertThat(day.searchEndsFor(at("2026-11-23T20:00"))).as("the demo opened in the evening")
                .isEqualTo(at("2026-11-24T00:00"));
    }

    @Test
    void aSwitchTurnedOnAtTheVeryEndOfTheDayLastsUntilMidnight() {
        assertThat(day.searchEndsFor(at("2026-11-23T15:30"))).isEqualTo(at("2026-11-24T00:00"));
    }

    @Test
    void theEndOfTheDayIsSchoolLocalTimeInSummerToo() {
        assertThat(day.searchEndsFor(at("2026-06-15T10:00")))
                .isEqualTo(Instant.parse("2026-06-15T14:30:00Z"));
    }
}
