package uk.safekiosk.gateway.support;

import java.io.OutputStream;
import java.nio.file.Path;
import uk.safekiosk.gateway.MailGateway;

/** Runs a test gateway in its own JVM, so a test can kill it with SIGKILL. Prints "READY smtp imap" when serving. */
public final class GatewayProcess {

    private GatewayProcess() {}

    public static void main(String[] args) throws Exception {
        MailGateway gateway = TestGateway.start(Path.of(args[0]), new TestSchool(), new RecordingListener());
        System.out.println("READY " + gateway.smtpPort() + " " + gateway.imapPort().orElseThrow());
        System.out.flush();
        // Serve until killed; closing stdin also ends the process, so a failed test leaves nothing behind.
        System.in.transferTo(OutputStream.nullOutputStream());
        gateway.close();
    }
}
