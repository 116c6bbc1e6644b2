package uk.safekiosk.gateway.support;

import java.io.IOException;
import java.nio.file.Path;
import uk.safekiosk.gateway.GatewayConfig;
import uk.safekiosk.gateway.MailGateway;
import uk.safekiosk.gateway.events.GatewayListener;

/** Starts a gateway for tests: ephemeral loopback ports, the test school, parser and policy. */
public final class TestGateway {

    private TestGateway() {}

    public static MailGateway start(Path dataDir, TestSchool school, GatewayListener listener) throws IOException {
        return start(GatewayConfig.builder(dataDir).smtpPort(0).imapPort(0).build(), school, listener);
    }

    public static MailGateway start(GatewayConfig config, TestSchool school, GatewayListener listener)
            throws IOException {
        return MailGateway.builder(config)
                .roster(school)
                .credentials(school)
                .parser(new TestParser())
                .policy(new TestPolicy())
                .listener(listener)
                .build()
                .start();
    }

    public static MailClient client(MailGateway gateway) {
        return new MailClient(gateway.smtpPort(), gateway.imapPort().orElse(0));
    }
}
