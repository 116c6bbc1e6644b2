package uk.safekiosk.gateway.relay;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import uk.safekiosk.gateway.delivery.MailboxSink;
import uk.safekiosk.gateway.delivery.OutboundMessage;

/**
 * Relay mode: the gateway stands in front of the school's own mail server and hands it the rebuilt messages over
 * plain SMTP, one transaction per message. Delivery is at least once: a message whose relay was cut short by a crash
 * is relayed again at the next start, since the next hop cannot be asked what it already has.
 */
public final class SmtpRelay implements MailboxSink {

    /** The school's mail server. */
    public record NextHop(String host, int port) {
        public NextHop {
            Objects.requireNonNull(host, "host");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Bad next-hop port " + port);
            }
        }
    }

    private final NextHop nextHop;
    private final Duration timeout;

    public SmtpRelay(NextHop nextHop, Duration timeout) {
        this.nextHop = nextHop;
        this.timeout = timeout;
    }

    @Override
    public void deliver(OutboundMessage message) throws MessagingException {
        Session session = Session.getInstance(properties(message.sender()));
        MimeMessage mime = new MimeMessage(session, new ByteArrayInputStream(message.rfc822()));
        Address[] recipients = new Address[message.recipients().size()];
        for (int i = 0; i < recipients.length; i++) {
            recipients[i] = new InternetAddress(message.recipients().get(i), true);
        }
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(mime, recipients);
        }
    }

    private Properties properties(String envelopeSender) {
        Properties p = new Properties();
        String millis = Long.toString(timeout.toMillis());
        p.setProperty("mail.smtp.host", nextHop.host());
        p.setProperty("mail.smtp.port", Integer.toString(nextHop.port()));
        p.setProperty("mail.smtp.from", envelopeSender);
        p.setProperty("mail.smtp.connectiontimeout", millis);
        p.setProperty("mail.smtp.timeout", millis);
        p.setProperty("mail.smtp.writetimeout", millis);
        return p;
    }
}
