package uk.safekiosk.kiosk.held;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.safekiosk.gateway.delivery.HeldMessage;
import uk.safekiosk.gateway.delivery.HeldStore;
import uk.safekiosk.gateway.journal.VerdictKind;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.message.TextPart;
import uk.safekiosk.gateway.parse.MimeMessageParser;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.PolicyChain;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.incident.IncidentStep;
import uk.safekiosk.kiosk.incident.IncidentView;
import uk.safekiosk.kiosk.incident.Incidents;
import uk.safekiosk.kiosk.mail.Draft;
import uk.safekiosk.kiosk.mail.InProcessGateway;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.mail.SendOutcome;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.roster.SchoolLanguage;

/**
 * Messages the gateway held or escalated, for staff to decide about: read the original as text only (its parts parsed
 * once more by the gateway's own parser, nothing of its HTML ever shown, attachments listed and never opened), then
 * release it (the gateway delivers a rebuilt plain-text message), return it to the sender with a note, or escalate it
 * to the DSL. Each decision is a step of the message's incident, with who took it.
 *
 * <p>A teacher sees and decides about messages from their own class; the DSL and the administrator about all. A pupil
 * may call nothing here ({@link AccessDeniedException}).
 */
@Service
public class HeldMail {

    private final InProcessGateway gateway;
    private final HeldIncidents heldIncidents;
    private final Incidents incidents;
    private final MailService mail;
    private final RosterService roster;
    private final Words words;
    private final SchoolLanguage language;
    private final MimeMessageParser parser = new MimeMessageParser();

    HeldMail(InProcessGateway gateway, HeldIncidents heldIncidents, Incidents incidents, MailService mail,
             RosterService roster, Words words, SchoolLanguage language) {
        this.gateway = gateway;
        this.heldIncidents = heldIncidents;
        this.incidents = incidents;
        this.mail = mail;
        this.roster = roster;
        this.words = words;
        this.language = language;
    }

    /** What waits for this member of staff, escalated first, then oldest first. */
    public List<HeldSummary> awaiting(Person staff) {
        requireStaff(staff);
        return held().list().stream().map(this::summary)
                .filter(s -> staff.isStaffFor(s.classId()))
                .sorted(Comparator.comparing(HeldSummary::escalated).reversed()
                        .thenComparing(HeldSummary::receivedAt))
                .toList();
    }

    /** The held message, as text only, with what the rules found marked; empty if it is not theirs or not held. */
    public Optional<HeldDetail> open(Person staff, String id) {
        requireStaff(staff);
        return held().find(id).filter(m -> staff.isStaffFor(summary(m).classId())).map(this::detail);
    }

    /** Delivers the message as rebuilt plain text; false when it was no longer held (decided a moment ago). */
    public boolean release(Person staff, String id) {
        Optional<HeldMessage> message = requireDecidable(staff, id);
        if (message.isEmpty()) {
            return false;
        }
        IncidentView incident = heldIncidents.incidentFor(message.get());
        if (!held().release(id, staff.email())) {
            return false;
        }
        incidents.act(staff, incident.reference(), IncidentStep.RELEASED, "");
        return true;
    }

    /**
     * Never delivers the message; the sender gets the note from this member of staff in their inbox. Empty when it
     * was no longer held, else how sending the note went. Call from a UI thread: the note goes with the staff
     * member's own mail session.
     */
    public Optional<SendOutcome> returnToSender(Person staff, String id, String note) {
        Optional<HeldMessage> message = requireDecidable(staff, id);
        if (message.isEmpty()) {
            return Optional.empty();
        }
        IncidentView incident = heldIncidents.incidentFor(message.get());
        if (!held().returnToSender(id, staff.email())) {
            return Optional.empty();
        }
        String text = note == null ? "" : note.strip();
        incidents.act(staff, incident.reference(), IncidentStep.RETURNED, text);
        Optional<Person> sender = roster.findByEmail(message.get().message().sender()).filter(Person::isPupil);
        Locale pupils = language.current().locale();
        return sender.map(pupil -> mail.send(staff, new Draft(Set.of(pupil.id()),
                words.getTranslation("held.returned.subject", pupils, message.get().message().subject()),
                words.getTranslation("held.returned.text", pupils, message.get().message().subject(), text))));
    }

    /** Escalates the message's incident to the DSL (it stays held until someone decides). */
    public IncidentView escalate(Person staff, String id, String note) {
        HeldMessage message = requireDecidable(staff, id)
                .orElseThrow(() -> new IllegalArgumentException("No held message " + id));
        return incidents.escalate(staff, heldIncidents.incidentFor(message).reference(), note);
    }

    private Optional<HeldMessage> requireDecidable(Person staff, String id) {
        requireStaff(staff);
        Optional<HeldMessage> message = held().find(id);
        if (message.isPresent() && !staff.isStaffFor(summary(message.get()).classId())) {
            throw new AccessDeniedException("Not your class");
        }
        return message;
    }

    private static void requireStaff(Person person) {
        if (!person.role().isStaff()) {
            throw new AccessDeniedException("For staff only");
        }
    }

    private HeldStore held() {
        return gateway.gateway().heldMessages();
    }

    private HeldSummary summary(HeldMessage m) {
        Optional<Person> sender = roster.findByEmail(m.message().sender());
        List<String> recipients = m.message().recipients().stream()
                .map(address -> roster.findByEmail(address).map(Person::displayName).orElse(address)).toList();
        return new HeldSummary(m.message().id(), m.message().receivedAt(),
                sender.map(Person::displayName).orElse(m.message().sender()), recipients, m.message().subject(),
                m.verdict() == VerdictKind.ESCALATE, m.reasons(), sender.map(Person::classId).orElse(null));
    }

    private HeldDetail detail(HeldMessage m) {
        MessageView view = parser.parse(m.message().sender(), m.message().recipients(), m.rfc822());
        PolicyChain policy = gateway.policy();
        List<HeldDetail.ShownText> texts = view.texts().stream()
                .filter(part -> !part.text().isBlank())
                .map(part -> new HeldDetail.ShownText(part.origin(), part.text(), marks(policy, view, part)))
                .toList();
        return new HeldDetail(summary(m), texts, view.attachments(), view.defects());
    }

    /**
     * The rules run on this one piece of text alone, so every finding's span points into it (a message may have
     * several pieces of one kind, such as two hidden stretches). Overlapping finds keep the first.
     */
    private static List<HeldDetail.Mark> marks(PolicyChain policy, MessageView message, TextPart part) {
        MessageView alone = new MessageView(message.sender(), message.recipients(),
                part.origin() == TextOrigin.SUBJECT ? part.text() : "",
                part.origin() == TextOrigin.BODY ? part.text() : "",
                List.of(part), List.of(), List.of());
        List<Finding> found = policy.inspect(alone).stream()
                .filter(f -> f.origin() == part.origin() && f.start() < f.end() && f.end() <= part.text().length())
                .sorted(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end))
                .toList();
        List<HeldDetail.Mark> marks = new ArrayList<>();
        int covered = 0;
        for (Finding f : found) {
            if (f.start() >= covered) {
                marks.add(new HeldDetail.Mark(f.start(), f.end(), f.reason()));
                covered = f.end();
            }
        }
        return marks;
    }

    /** What a staff alert's {@code reference} and the incident say for a held message. */
    public static String reference(String id) {
        return "held-" + id;
    }
}
