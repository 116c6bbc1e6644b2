package uk.safekiosk.kiosk.whistle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.incident.IncidentStep;
import uk.safekiosk.kiosk.incident.IncidentText;
import uk.safekiosk.kiosk.incident.IncidentView;
import uk.safekiosk.kiosk.incident.Incidents;
import uk.safekiosk.kiosk.mail.Draft;
import uk.safekiosk.kiosk.mail.EmailPauses;
import uk.safekiosk.kiosk.mail.MailItem;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.mail.SendOutcome;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.roster.SchoolLanguage;

/**
 * What staff do about a whistle case besides marking it seen: read the conversation around it, reply kindly to the
 * pupils who reported it, resolve it with an outcome, escalate it to the DSL, pause the sender's email. Each is a step
 * of the case's incident, with who took it.
 *
 * <p>A teacher acts on their own class's cases only, the DSL and the administrator on all; anything else is refused
 * ({@link AccessDeniedException}), a pupil always.
 */
@Service
public class WhistleCaseActions {

    /** How much of the conversation a case shows. */
    private static final int CONVERSATION = 20;

    private final WhistleService whistle;
    private final Incidents incidents;
    private final MailService mail;
    private final EmailPauses pauses;
    private final RosterService roster;
    private final Words words;
    private final SchoolLanguage language;
    private final IncidentText text;

    WhistleCaseActions(WhistleService whistle, Incidents incidents, MailService mail, EmailPauses pauses,
                       RosterService roster, Words words, SchoolLanguage language, IncidentText text) {
        this.whistle = whistle;
        this.incidents = incidents;
        this.mail = mail;
        this.pauses = pauses;
        this.roster = roster;
        this.words = words;
        this.language = language;
        this.text = text;
    }

    /** The case's incident: its status and every step taken so far. */
    public IncidentView incident(Person staff, long caseId) {
        return whistle.incidentFor(require(staff, caseId));
    }

    /** The last messages between the first pupil who reported it and the sender, from that pupil's mailbox. */
    public List<MailItem> conversation(Person staff, long caseId) {
        WhistleCaseView c = require(staff, caseId);
        Optional<Person> sender = sender(c);
        Optional<Person> reporter = roster.findById(c.whistles().getFirst().reporterId());
        if (sender.isEmpty() || reporter.isEmpty()) {
            return List.of();
        }
        return mail.conversation(staff, reporter.get(), sender.get(), CONVERSATION);
    }

    /**
     * Sends the ready-made reply from this member of staff to each pupil who reported the case. Call from a UI
     * thread: it goes with the staff member's own mail session.
     */
    public List<SendOutcome> reply(Person staff, long caseId, KindReply reply) {
        WhistleCaseView c = require(staff, caseId);
        // The pupils read it, so it is in the school's language.
        Locale pupils = language.current().locale();
        String body = words.getTranslation(reply.wordingKey(), pupils);
        String subject = words.getTranslation("whistle.reply.subject", pupils);
        List<SendOutcome> outcomes = new ArrayList<>();
        for (Person reporter : reporters(c)) {
            outcomes.add(mail.send(staff, new Draft(Set.of(reporter.id()), subject, body)));
        }
        incidents.act(staff, whistle.incidentFor(c).reference(), IncidentStep.REPLIED, body);
        return outcomes;
    }

    /** Closes the case's incident with what was done or found. */
    public IncidentView resolve(Person staff, long caseId, String outcome) {
        WhistleCaseView c = require(staff, caseId);
        if (outcome == null || outcome.isBlank()) {
            throw new IllegalArgumentException("A resolved case says what came of it");
        }
        return incidents.act(staff, whistle.incidentFor(c).reference(), IncidentStep.RESOLVED, outcome.strip());
    }

    /** Escalates to the DSL, who is alerted now and again until they acknowledge it. */
    public IncidentView escalate(Person staff, long caseId, String note) {
        WhistleCaseView c = require(staff, caseId);
        return incidents.escalate(staff, whistle.incidentFor(c).reference(), note == null ? "" : note.strip());
    }

    /** Pauses the sender's email until {@code until}: the kiosk and the gateway refuse to send for them till then. */
    public void pauseSender(Person staff, long caseId, Instant until) {
        WhistleCaseView c = require(staff, caseId);
        Person sender = sender(c).filter(Person::isPupil)
                .orElseThrow(() -> new IllegalArgumentException("The sender is not a pupil"));
        pauses.pause(staff, sender, until);
        incidents.act(staff, whistle.incidentFor(c).reference(), IncidentStep.EMAIL_PAUSED,
                text.word("whistle.incident.paused", sender.displayName(), text.when(until)));
    }

    public void resumeSender(Person staff, long caseId) {
        WhistleCaseView c = require(staff, caseId);
        Person sender = sender(c).filter(Person::isPupil)
                .orElseThrow(() -> new IllegalArgumentException("The sender is not a pupil"));
        pauses.resume(staff, sender);
        incidents.act(staff, whistle.incidentFor(c).reference(), IncidentStep.EMAIL_RESUMED, sender.displayName());
    }

    /** When the sender's email pause ends, if their email is paused now. */
    public Optional<Instant> senderPausedUntil(Person staff, long caseId) {
        WhistleCaseView c = require(staff, caseId);
        return sender(c).filter(Person::isPupil).flatMap(sender -> pauses.pausedUntil(staff, sender));
    }

    /** The sender as the roster knows them (a pupil, or staff). */
    public Optional<Person> sender(Person staff, long caseId) {
        return sender(require(staff, caseId));
    }

    private WhistleCaseView require(Person staff, long caseId) {
        WhistleService.requireStaff(staff);
        return whistle.find(staff, caseId).orElseThrow(() -> new AccessDeniedException("Not a case of yours"));
    }

    private Optional<Person> sender(WhistleCaseView c) {
        return roster.findByEmail(c.senderAddress());
    }

    private List<Person> reporters(WhistleCaseView c) {
        return c.whistles().stream().map(WhistleCaseView.Whistle::reporterId).distinct()
                .flatMap(id -> roster.findById(id).stream()).toList();
    }
}
