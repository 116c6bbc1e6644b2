package uk.safekiosk.gateway.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.subethamail.smtp.AuthenticationHandler;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import uk.safekiosk.gateway.policy.Verdict;
import uk.safekiosk.gateway.roster.Member;
import uk.safekiosk.gateway.roster.Roster;

/**
 * One mail transaction (MAIL, RCPT..., DATA) of an authenticated session. Every refusal is a reply to the client;
 * anything unexpected becomes a 451 so a client can never bring the server down.
 */
final class TransactionHandler implements MessageHandler {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionHandler.class);
    private static final int CHUNK = 64 * 1024;
    /** How much of an oversized message is read and thrown away before the connection is simply dropped. */
    private static final long MAX_DISCARD = 64L * 1024 * 1024;

    private final MessageContext context;
    private final Roster roster;
    private final Intake intake;
    private final SmtpReplies replies;
    private final long maxMessageBytes;
    private Member sender;
    private final List<String> recipients = new ArrayList<>();

    TransactionHandler(MessageContext context, Roster roster, Intake intake, SmtpReplies replies, long maxMessageBytes) {
        this.context = context;
        this.roster = roster;
        this.intake = intake;
        this.replies = replies;
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    public void from(String from) throws RejectException {
        try {
            Optional<Member> member = authenticatedAddress().flatMap(roster::find);
            if (member.isEmpty() || !member.get().address().equals(Member.normalise(from))) {
                throw new RejectException(553, replies.notYou());
            }
            if (!roster.maySend(member.get())) {
                throw new RejectException(550, replies.resting());
            }
            sender = member.get();
        } catch (RuntimeException e) {
            throw unexpected("MAIL FROM", e);
        }
    }

    @Override
    public void recipient(String recipient) throws RejectException {
        try {
            Member to = roster.find(recipient).orElseThrow(() -> new RejectException(550, replies.unknownRecipient()));
            if (!roster.mayWrite(sender, to)) {
                throw new RejectException(550, replies.outsideClass());
            }
            if (!recipients.contains(to.address())) {
                recipients.add(to.address());
            }
        } catch (RuntimeException e) {
            throw unexpected("RCPT TO", e);
        }
    }

    @Override
    public String data(InputStream data) throws RejectException, IOException {
        byte[] message = readWithin(data);
        try {
            requireFromHeaderIsSender(message);
            Intake.Decision decision = intake.accept(sender.address(), List.copyOf(recipients), message);
            if (decision.verdict() instanceof Verdict.Block block) {
                throw new RejectException(550, SmtpReplies.smtpSafe(block.explanation()));
            }
            return decision.reply();
        } catch (RuntimeException e) {
            throw unexpected("DATA", e);
        }
    }

    @Override
    public void done() {
        // Nothing is held between transactions.
    }

    /** Reads the whole message, or refuses it with 552 once it passes the limit (after reading the rest away). */
    private byte[] readWithin(InputStream data) throws IOException, RejectException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(CHUNK);
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = data.read(buffer)) != -1) {
            total += n;
            if (total > maxMessageBytes) {
                discardRest(data, buffer, total);
                throw new RejectException(552, replies.tooBig());
            }
            kept.write(buffer, 0, n);
        }
        return kept.toByteArray();
    }

    private void discardRest(InputStream data, byte[] buffer, long alreadyRead) throws IOException, RejectException {
        long total = alreadyRead;
        int n;
        while ((n = data.read(buffer)) != -1) {
            total += n;
            if (total > MAX_DISCARD) {
                throw new DropConnectionException(552, replies.tooBig());
            }
        }
    }

    private void requireFromHeaderIsSender(byte[] message) throws RejectException {
        try {
            InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(message));
            String[] from = headers.getHeader("From");
            if (from == null || from.length != 1 || !onlySender(from[0])) {
                throw new RejectException(553, replies.notYou());
            }
            String[] senderHeader = headers.getHeader("Sender");
            if (senderHeader != null && (senderHeader.length != 1 || !onlySender(senderHeader[0]))) {
                throw new RejectException(553, replies.notYou());
            }
        } catch (MessagingException e) {
            throw new RejectException(553, replies.notYou());
        }
    }

    private boolean onlySender(String headerValue) throws AddressException {
        InternetAddress[] addresses = InternetAddress.parseHeader(headerValue, false);
        return addresses.length == 1
                && addresses[0].getAddress() != null
                && Member.normalise(addresses[0].getAddress()).equals(sender.address());
    }

    private Optional<String> authenticatedAddress() {
        return context.getAuthenticationHandler()
                .map(AuthenticationHandler::getIdentity)
                .filter(String.class::isInstance)
                .map(String.class::cast);
    }

    private RejectException unexpected(String stage, RuntimeException e) {
        LOG.error("Unexpected failure at {} in SMTP session {}", stage, context.getSessionId(), e);
        return new RejectException(451, replies.temporary());
    }
}
