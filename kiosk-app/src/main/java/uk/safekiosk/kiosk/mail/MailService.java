package uk.safekiosk.kiosk.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.safekiosk.gateway.MailGateway;
import uk.safekiosk.gateway.journal.VerdictKind;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.policy.Verdict;
import uk.safekiosk.gateway.roster.MailToken;
import uk.safekiosk.gateway.smtp.Intake;
import uk.safekiosk.gateway.store.MessageRef;
import uk.safekiosk.gateway.store.StaffCopy;
import uk.safekiosk.gateway.store.StaffNotice;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.roster.SenderRule;

/**
 * Email for whoever is logged on: their own folders over IMAP, sending over SMTP through the gateway, the live check
 * while writing, and the class switch. Every call acts on the mailbox of the {@link Person} passed in, with that
 * person's own session token, so a view can never reach another member's mail. Must be called from a UI thread (the
 * token lives in the browser session).
 */
@Service
public class MailService {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);
    /** "550 5.7.1 words" or "550 words": the code and any enhanced status code come off. */
    private static final Pattern SMTP_REPLY = Pattern.compile("^\\s*\\d{3}[ -](?:\\d\\.\\d{1,3}\\.\\d{1,3} )?(.*)$",
            Pattern.DOTALL);

    private final InProcessGateway gateway;
    private final MailTokenKeeper tokens;
    private final RosterService roster;
    private final ClassEmailSwitch classEmail;
    private final List<SenderRule> senderRules;

    MailService(InProcessGateway gateway, MailTokenKeeper tokens, RosterService roster, ClassEmailSwitch classEmail,
                List<SenderRule> senderRules) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.roster = roster;
        this.classEmail = classEmail;
        this.senderRules = List.copyOf(senderRules);
    }

    /** Newest first. */
    public List<MailSummary> list(Person me, MailFolder folder) {
        Function<Address, Correspondent> names = names();
        return withToken(me, token -> client().list(token, folder, names));
    }

    /** A message in {@code me}'s own folder, by its UID there; an inbox message becomes read. */
    public Optional<MailItem> read(Person me, MailFolder folder, long uid) {
        Function<Address, Correspondent> names = names();
        return withToken(me, token -> client().read(token, folder, uid, names));
    }

    /** Who {@code me} may pick: a pupil's classmates and class teachers; staff, everyone in the classes they see. */
    public List<Person> recipientsFor(Person me) {
        List<Long> classIds = me.isPupil()
                ? (me.classId() == null ? List.of() : List.of(me.classId()))
                : roster.classesVisibleTo(me).stream().map(ClassInfo::id).toList();
        List<Person> people = new ArrayList<>();
        for (long classId : classIds) {
            people.addAll(roster.pupilsOf(classId));
            people.addAll(roster.teachersOf(classId));
        }
        Map<Long, Person> distinct = new LinkedHashMap<>();
        people.stream().filter(p -> p.id() != me.id()).forEach(p -> distinct.putIfAbsent(p.id(), p));
        return List.copyOf(distinct.values());
    }

    /**
     * The gateway's own rules on what is written so far, in-process. A courtesy while typing: the gateway decides
     * again when the message is sent. Reasons a school lets through are not hinted at.
     */
    public List<LiveHint> check(Person me, String subject, String body) {
        MessageView view = MessageView.ofPlainText(me.email(), List.of(), subject, body);
        return gateway.policy().evaluate(view).findings().stream()
                .filter(f -> f.origin() == TextOrigin.SUBJECT || f.origin() == TextOrigin.BODY)
                .map(f -> new LiveHint(f.reason(), f.origin(), f.start(), f.end()))
                .distinct()
                .toList();
    }

    /** Sends as {@code me} through the gateway; its answer is the outcome. A copy goes to Sent once accepted. */
    public SendOutcome send(Person me, Draft draft) {
        if (!isEmailOn(me)) {
            return new SendOutcome.NotSent(SendOutcome.Problem.EMAIL_RESTING);
        }
        if (draft.recipientIds().isEmpty()) {
            return new SendOutcome.NotSent(SendOutcome.Problem.NO_RECIPIENT);
        }
        Map<Long, Person> allowed = new HashMap<>();
        recipientsFor(me).forEach(p -> allowed.put(p.id(), p));
        if (!allowed.keySet().containsAll(draft.recipientIds())) {
            throw new IllegalArgumentException("Only people from the class list can be picked");
        }
        List<Person> recipients = draft.recipientIds().stream().map(allowed::get).toList();
        MimeMessage message = compose(me, recipients, draft);
        String reply;
        try {
            reply = withMailToken(me, token -> client().send(token, message));
        } catch (MessagingException e) {
            return refusalText(e).<SendOutcome>map(said -> new SendOutcome.Refused(inFull(me, draft, said)))
                    .orElseGet(() -> {
                        log.warn("Could not send for {}", me.username(), e);
                        return new SendOutcome.NotSent(SendOutcome.Problem.UNAVAILABLE);
                    });
        }
        SendOutcome outcome = Intake.Decision.idInReply(reply)
                .flatMap(id -> gateway.gateway().heldMessages().find(id))
                .<SendOutcome>map(held -> held.verdict() == VerdictKind.ESCALATE
                        ? new SendOutcome.Escalated() : new SendOutcome.Held())
                .orElseGet(SendOutcome.Sent::new);
        try {
            withMailToken(me, token -> {
                client().keepSent(token, message);
                return null;
            });
        } catch (MessagingException e) {
            log.warn("Sent, but no copy was kept in Sent for {}", me.username(), e);
        }
        return outcome;
    }

    /**
     * For a pupil's report: {@code keeper} gets the message from {@code me}'s INBOX first, then it leaves the INBOX.
     * False when it is no longer there.
     */
    public boolean handOverToStaff(Person me, MailItem message, StaffCopy keeper) throws IOException {
        if (message.summary().folder() != MailFolder.INBOX) {
            throw new IllegalArgumentException("Only received messages can be handed over");
        }
        return gateway.gateway().removeForStaff(
                new MessageRef(me.email(), message.uidValidity(), message.summary().uid()), keeper);
    }

    /**
     * For staff looking into a report: the last {@code limit} messages between {@code pupil} and {@code other}, from
     * the pupil's own INBOX (from the other) and Sent (to the other), oldest first. Read with a mail token made for
     * this one look and revoked straight after; nothing is marked read.
     */
    public List<MailItem> conversation(Person staff, Person pupil, Person other, int limit) {
        if (!staff.role().isStaff() || !staff.isStaffFor(pupil.classId())) {
            throw new AccessDeniedException("Only staff who look after a pupil read their messages");
        }
        MailGateway running = gateway.gateway();
        MailToken token = running.mailTokens().issue(pupil.email());
        try {
            List<MailItem> all = client().between(token, other.email(), names());
            return all.subList(Math.max(0, all.size() - limit), all.size());
        } catch (MessagingException e) {
            throw new MailUnavailableException("Mail could not be reached for " + pupil.username(), e);
        } finally {
            running.mailTokens().revoke(token);
        }
    }

    /** Puts a notice written by the kiosk (not by a pupil) in a staff member's inbox. */
    public void deliverStaffNotice(Person staff, String senderName, String subject, String text) {
        try {
            gateway.gateway().deliverNotice(new StaffNotice(staff.email(), senderName, subject, text));
        } catch (MessagingException e) {
            throw new MailUnavailableException("Could not deliver a notice to " + staff.username(), e);
        }
    }

    /** Whether this member may send now: the same sender rules the gateway asks at MAIL FROM, so both agree. */
    public boolean isEmailOn(Person member) {
        return senderRules.stream().allMatch(rule -> rule.maySend(member));
    }

    public boolean isClassEmailOn(long classId) {
        return classEmail.isOn(classId);
    }

    /**
     * The teacher's switch: while off, the class's Email tile rests and no pupil in the class can send, from the
     * kiosk or any other mail client (the gateway refuses them). Callers check who may switch it.
     */
    public void setClassEmail(long classId, boolean on) {
        classEmail.set(classId, on);
    }

    private MimeMessage compose(Person me, List<Person> recipients, Draft draft) {
        try {
            MimeMessage message = client().newMessage();
            message.setFrom(address(me));
            for (Person recipient : recipients) {
                message.addRecipient(Message.RecipientType.TO, address(recipient));
            }
            message.setSubject(draft.subject(), StandardCharsets.UTF_8.name());
            message.setText(draft.body(), StandardCharsets.UTF_8.name());
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Could not write the message", e);
        }
    }

    private static InternetAddress address(Person person) throws UnsupportedEncodingException {
        return new InternetAddress(person.email(), person.displayName(), StandardCharsets.UTF_8.name());
    }

    /** Names as the school knows them; anyone else (the gateway's notices) by the name in the message. */
    private Function<Address, Correspondent> names() {
        Map<String, Correspondent> known = new HashMap<>();
        return address -> {
            Correspondent plain = MailboxClient.plain(address);
            return known.computeIfAbsent(plain.address().toLowerCase(), key -> roster.findByEmail(key)
                    .map(p -> new Correspondent(p.email(), p.displayName())).orElse(plain));
        };
    }

    private MailboxClient client() {
        MailGateway running = gateway.gateway();
        return new MailboxClient(running.smtpPort(), running.imapPort().orElseThrow(
                () -> new IllegalStateException("The kiosk needs the gateway's own mailbox store")));
    }

    /** Reads with the session's token; one new token if the gateway has forgotten it (it restarted). */
    private <T> T withToken(Person me, MailCall<T> call) {
        try {
            return withMailToken(me, call);
        } catch (MessagingException e) {
            throw new MailUnavailableException("Mail could not be reached for " + me.username(), e);
        }
    }

    private <T> T withMailToken(Person me, MailCall<T> call) throws MessagingException {
        try {
            return call.run(tokens.tokenFor(me));
        } catch (AuthenticationFailedException forgotten) {
            return call.run(tokens.renew(me));
        }
    }

    /** The gateway's words when it refused the message (any 4xx or 5xx reply it gave). */
    static Optional<String> refusalText(MessagingException e) {
        Optional<String> sendFailure = Optional.empty();
        for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
            if (x instanceof SMTPAddressFailedException a && a.getReturnCode() >= 400) {
                return replyText(a.getMessage());
            }
            if (sendFailure.isEmpty() && x instanceof SMTPSendFailedException s && s.getReturnCode() >= 400) {
                sendFailure = replyText(s.getMessage());
            }
        }
        return sendFailure;
    }

    /**
     * An SMTP reply is plain ASCII, so "ffôn" arrives as "ffon". When the refusal is the chain's own block, the pupil
     * reads the chain's words with every letter; any other refusal is shown as the gateway said it.
     */
    private String inFull(Person me, Draft draft, String said) {
        Verdict verdict = gateway.policy().evaluate(
                MessageView.ofPlainText(me.email(), List.of(), draft.subject(), draft.body()));
        return verdict instanceof Verdict.Block block && lettersOf(block.explanation()).equals(lettersOf(said))
                ? block.explanation() : said;
    }

    private static String lettersOf(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[^A-Za-z]", "");
    }

    private static Optional<String> replyText(String reply) {
        Matcher m = SMTP_REPLY.matcher(reply == null ? "" : reply);
        return m.matches() && !m.group(1).isBlank() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    @FunctionalInterface
    private interface MailCall<T> {
        T run(MailToken token) throws MessagingException;
    }
}
