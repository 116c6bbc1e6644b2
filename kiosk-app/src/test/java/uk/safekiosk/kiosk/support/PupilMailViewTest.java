package uk.safekiosk.kiosk.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.kiosk.mail.InProcessGateway;
import uk.safekiosk.kiosk.rules.RulesGate;
import uk.safekiosk.kiosk.rules.RulesService;

/** View tests of pupil mail screens: the real gateway in the context, and a helper that sends demo mail. */
public abstract class PupilMailViewTest extends KioskViewTest {

    @Autowired
    protected InProcessGateway gateway;
    @Autowired
    protected RulesGate gate;
    @Autowired
    protected RulesService rules;

    protected DemoMail demo;

    @BeforeEach
    void startDemoMail() {
        demo = new DemoMail(gateway.gateway());
    }
}
