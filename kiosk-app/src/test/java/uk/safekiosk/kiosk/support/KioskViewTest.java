package uk.safekiosk.kiosk.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browserless view tests against the real Spring context, a real H2 database and the shipped content. The clock is a
 * {@link TestClock}: the real time unless a test moves it forward. Every view test shares this one context: Vaadin's
 * security context holder is global, so a second browserless context in the same JVM would log the first one out.
 */
@SpringBootTest(properties = {"kiosk.mail.smtp-port=0", "kiosk.mail.imap-port=0",
                // A run across the end of the school day must not switch the demo school's Search off under it.
                "kiosk.search-auto-off=false"})
@Import(TestClockConfiguration.class)
public abstract class KioskViewTest extends SpringBrowserlessTest {


    /** Called once per Spring context, so each context (and its mail journal) gets a data directory of its own. */
    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        Path dataDir = TestDataDirectory.create("views");
        registry.add("kiosk.data-dir", dataDir::toString);
    }
}
