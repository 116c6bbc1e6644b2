package uk.safekiosk.gateway.smtp;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.roster.MailLogin;
import uk.safekiosk.gateway.roster.Roster;

/**
 * The SMTP side of the gateway (SubEthaSMTP), on the loopback interface only.
 *
 * <ul>
 *   <li>AUTH PLAIN or LOGIN first (530 otherwise, 535 for a wrong secret), decided by {@link MailLogin};</li>
 *   <li>MAIL FROM and the From (and Sender) header must be the authenticated member (553);</li>
 *   <li>a member the roster says may not send just now is refused at MAIL FROM (550, with words from content);</li>
 *   <li>each RCPT must be a roster member the sender may write to (550, with words from content);</li>
 *   <li>a message over the size limit is refused with 552;</li>
 *   <li>the {@link Intake}'s verdict is the reply: 250 naming the gateway's id once journaled, or 550 with the
 *       verdict's explanation.</li>
 * </ul>
 */
public final class SmtpFront implements AutoCloseable {

    /**
     * @param port            0 picks a free port
     * @param maxMessageBytes the largest message accepted, as sent (so including MIME encoding)
     * @param hostName        the name in the greeting
     * @param idleTimeout     a silent client is disconnected after this long
     */
    public record Settings(int port, long maxMessageBytes, String hostName, Duration idleTimeout) {
        public Settings {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Bad SMTP port " + port);
            }
            if (maxMessageBytes < 1 || maxMessageBytes > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Bad message size limit " + maxMessageBytes);
            }
            Objects.requireNonNull(hostName, "hostName");
            Objects.requireNonNull(idleTimeout, "idleTimeout");
        }
    }

    private final SMTPServer server;

    public SmtpFront(Settings settings, MailLogin login, Roster roster, Intake intake, ContentSource content) {
        SmtpReplies replies = SmtpReplies.from(content);
        this.server = SMTPServer.port(settings.port())
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName(settings.hostName())
                .softwareName("SafeKiosk gateway")
                .requireAuth(true)
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((user, password, context) -> {
                    if (login.authenticate(user, password).isEmpty()) {
                        throw new LoginFailedException();
                    }
                }))
                .messageHandlerFactory(context ->
                        new TransactionHandler(context, roster, intake, replies, settings.maxMessageBytes()))
                .maxMessageSize((int) settings.maxMessageBytes())
                .insertReceivedHeaders(false)
                .connectionTimeout((int) settings.idleTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .build();
    }

    public void start() {
        server.start();
    }

    /** The port actually listened on (useful when started on port 0). */
    public int port() {
        return server.getPortAllocated();
    }

    @Override
    public void close() {
        server.stop();
    }
}
