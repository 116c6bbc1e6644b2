package uk.safekiosk.gateway.delivery;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.roster.Member;
import uk.safekiosk.gateway.roster.Roster;

/**
 * Content disarm and reconstruction: a brand-new text/plain UTF-8 message made only of the extracted subject and body.
 * No header or part of the original survives; From and To come from the envelope and the roster.
 */
final class Reconstruction {

    private final Clock clock;
    private final Roster roster;
    private final String messageIdDomain;
    private final Session session = Session.getInstance(new Properties());

    Reconstruction(Clock clock, Roster roster, String messageIdDomain) {
        this.clock = clock;
        this.roster = roster;
        this.messageIdDomain = messageIdDomain;
    }

    byte[] rebuild(String id, String sender, List<String> recipients, MessageView view) {
        String messageId = "<" + id + "@" + messageIdDomain + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            message.setFrom(address(sender));
            for (String recipient : recipients) {
                message.addRecipient(Message.RecipientType.TO, address(recipient));
            }
            message.setSentDate(Date.from(clock.instant()));
            message.setSubject(view.subject(), StandardCharsets.UTF_8.name());
            message.setText(view.body(), StandardCharsets.UTF_8.name());
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(view.body().length() + 512);
            message.writeTo(bytes);
            return bytes.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build a plain-text message for " + id, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InternetAddress address(String address) throws UnsupportedEncodingException {
        String name = roster.find(address).map(Member::displayName).orElse(null);
        return new InternetAddress(address, name, StandardCharsets.UTF_8.name());
    }
}
