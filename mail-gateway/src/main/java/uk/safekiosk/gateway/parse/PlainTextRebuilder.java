package uk.safekiosk.gateway.parse;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import uk.safekiosk.gateway.message.MessageView;

/**
 * Content disarm and reconstruction: builds a brand-new message from the text of a parsed one. The result is a single
 * {@code text/plain; charset=UTF-8} part with only From, To, Date, Subject and Message-ID (plus the MIME headers that
 * describe that one part). Nothing of the original MIME (headers, parts, HTML, attachments) is carried over.
 */
public final class PlainTextRebuilder {

    /** A sender or recipient: an address and the name shown for it (may be empty). */
    public record Mailbox(String address, String displayName) {
        public Mailbox {
            Objects.requireNonNull(address, "address");
            displayName = displayName == null ? "" : displayName;
        }
    }

    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    public PlainTextRebuilder(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The rebuilt message.
     *
     * @throws IllegalArgumentException if an address is not a valid address
     */
    public MimeMessage rebuild(MessageView message, Mailbox from, List<Mailbox> to) {
        return rebuild(message, from, to, "<" + UUID.randomUUID() + "@" + domainOf(from.address()) + ">");
    }

    /**
     * The rebuilt message with a given Message-ID (the gateway uses its own message id, so a redelivery after a
     * crash is recognisably the same message).
     */
    public MimeMessage rebuild(MessageView message, Mailbox from, List<Mailbox> to, String messageId) {
        Objects.requireNonNull(message, "message");
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a rebuilt message needs at least one recipient");
        }
        try {
            MimeMessage rebuilt = new FixedIdMessage(session);
            rebuilt.setFrom(address(from));
            InternetAddress[] recipients = new InternetAddress[to.size()];
            for (int i = 0; i < recipients.length; i++) {
                recipients[i] = address(to.get(i));
            }
            rebuilt.setRecipients(Message.RecipientType.TO, recipients);
            rebuilt.setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(clock)));
            rebuilt.setSubject(TextNormaliser.singleLine(message.subject()), "UTF-8");
            rebuilt.setHeader("Message-ID", TextNormaliser.singleLine(messageId));
            rebuilt.setText(bodyText(message.body()), "UTF-8", "plain");
            rebuilt.setHeader("Content-Transfer-Encoding", "quoted-printable");
            rebuilt.saveChanges();
            return rebuilt;
        } catch (AddressException e) {
            throw new IllegalArgumentException("not a valid address: " + e.getRef(), e);
        } catch (MessagingException e) {
            throw new IllegalStateException("could not build a plain-text message", e);
        }
    }

    /** The rebuilt message as RFC 822 bytes (CRLF line endings). */
    public byte[] rebuildBytes(MessageView message, Mailbox from, List<Mailbox> to) {
        return bytesOf(rebuild(message, from, to));
    }

    /** The rebuilt message with a given Message-ID, as RFC 822 bytes. */
    public byte[] rebuildBytes(MessageView message, Mailbox from, List<Mailbox> to, String messageId) {
        return bytesOf(rebuild(message, from, to, messageId));
    }

    private static byte[] bytesOf(MimeMessage rebuilt) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            rebuilt.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("could not write the rebuilt message", e);
        }
        return bytes.toByteArray();
    }

    private static InternetAddress address(Mailbox mailbox) throws AddressException {
        InternetAddress address = new InternetAddress(mailbox.address().strip(), true);
        if (address.isGroup() || !address.getAddress().equals(mailbox.address().strip())) {
            throw new AddressException("not a single plain address", mailbox.address());
        }
        String name = TextNormaliser.singleLine(mailbox.displayName());
        if (!name.isEmpty()) {
            try {
                address.setPersonal(name, StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return address;
    }

    /** Plain text only: line breaks kept, every other control character dropped (no terminal or bidi tricks). */
    private static String bodyText(String body) {
        String lines = TextNormaliser.lines(body);
        StringBuilder out = new StringBuilder(lines.length() + 1);
        lines.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(out::appendCodePoint);
        return out.append('\n').toString();
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).strip();
        return domain.isEmpty() ? "localhost" : domain;
    }

    /** Keeps the Message-ID set above instead of Jakarta Mail's host-derived one. */
    private static final class FixedIdMessage extends MimeMessage {
        FixedIdMessage(Session session) {
            super(session);
        }

        @Override
        protected void updateMessageID() {
            // The Message-ID header is set explicitly when the message is built.
        }
    }
}
