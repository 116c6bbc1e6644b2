package uk.safekiosk.kiosk.support;

import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.kiosk.mail.InProcessGateway;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;

/**
 * Teacher console tests: the real application with a clock tests can move forward (keep moves short: every view test
 * shares the clock), the real gateway, and demo mail over real sockets.
 */
public abstract class ConsoleViewTest extends KioskViewTest {

    @Autowired
    protected InProcessGateway gateway;
    @Autowired
    protected RosterService roster;
    @Autowired
    protected TestClock clock;

    protected DemoMail demo;

    @BeforeEach
    void startDemoMail() {
        demo = new DemoMail(gateway.gateway());
    }

    protected Person person(String username) {
        return roster.findByUsername(username).orElseThrow();
    }

    protected void advance(Duration by) {
        clock.advance(by);
    }

    /** What other threads handed this screen with UI.access, as push would deliver it. */
    protected static void runPushedChanges() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
