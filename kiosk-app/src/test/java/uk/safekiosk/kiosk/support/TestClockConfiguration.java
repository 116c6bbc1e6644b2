package uk.safekiosk.kiosk.support;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Gives the whole application a {@link TestClock} in place of the system clock. */
@TestConfiguration
public class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock(Clock.systemDefaultZone());
    }
}
