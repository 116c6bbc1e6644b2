package uk.safekiosk.kiosk.whistle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.safekiosk.kiosk.alerts.AlertKind;
import uk.safekiosk.kiosk.alerts.StaffAlert;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.incident.IncidentKind;
import uk.safekiosk.kiosk.incident.IncidentStep;
import uk.safekiosk.kiosk.incident.IncidentView;
import uk.safekiosk.kiosk.incident.Incidents;
import uk.safekiosk.kiosk.incident.NewIncident;
import uk.safekiosk.kiosk.mail.MailItem;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.Role;
import uk.safekiosk.kiosk.roster.RosterService;

/**
 * The whistle: a pupil reports a message they received. It leaves their inbox at once (kept in full for staff), the
 * report is recorded, every open staff screen of the class (and the DSL's) hears of it at once, and the class
 * teachers and the DSL get a notice in their mailbox. When a member of staff opens the case, the pupils who reported
 * it are told their teacher has seen it.
 *
 * <p>Misuse never loses a report: reports of one message fold into one case, and a pupil's whistles close together
 * form a burst that staff see as one group (and one mailbox notice), each whistle still recorded.
 */
@Service
public class WhistleService {

    private static final Logger log = LoggerFactory.getLogger(WhistleService.class);
    /** How far back a pupil's own whistles are shown to them. */
    private static final Duration RECENT = Duration.ofDays(7);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MailService mail;
    private final WhistleLedger ledger;
    private final StaffAlerts alerts;
    private final AuditLog audit;
    private final RosterService roster;
    private final Words words;
    private final Incidents incidents;
    private final Clock clock;
    private final Object foldLock = new Object();
    private final Set<SeenListener> seenListeners = ConcurrentHashMap.newKeySet();

    WhistleService(MailService mail, WhistleLedger ledger, StaffAlerts alerts, AuditLog audit, RosterService roster,
                   Words words, Incidents incidents, Clock clock) {
        this.mail = mail;
        this.ledger = ledger;
        this.alerts = alerts;
        this.audit = audit;
        this.roster = roster;
        this.words = words;
        this.incidents = incidents;
        this.clock = clock;
    }

    /**
     * Reports a message in the pupil's own inbox. Empty when it was no longer there (reported a moment ago in
     * another tab, say).
     */
    public Optional<PupilWhistle> report(Person pupil, MailItem message, WhistleReason reason) {
        if (!pupil.isPupil()) {
            throw new IllegalArgumentException("Only pupils blow the whistle");
        }
        Instant now = clock.instant();
        AtomicReference<WhistleLedger.Recorded> recorded = new AtomicReference<>();
        AtomicReference<ReportedMessage> reported = new AtomicReference<>();
        boolean removed;
        try {
            removed = mail.handOverToStaff(pupil, message, rfc822 -> {
                ReportedMessage parsed = ReportedMessage.parse(rfc822);
                synchronized (foldLock) {
                    recorded.set(ledger.record(pupil, parsed, reason, now));
                }
                reported.set(parsed);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be kept", e);
        }
        if (!removed) {
            return Optional.empty();
        }
        WhistleLedger.Recorded r = recorded.get();
        audit.record(pupil.username(), AuditAction.WHISTLE_BLOWN, pupil.username(), pupil.classId(),
                words.getTranslation("audit.detail.whistle", Words.ENGLISH,
                        words.getTranslation("whistle.reason." + reason.name(), Words.ENGLISH),
                        reported.get().senderName(), reported.get().subject()));
        recordIncident(r, pupil, reason);
        alerts.publish(new StaffAlert(AlertKind.WHISTLE, pupil.classId(), now, pupil.displayName(),
                reported.get().subject(), reference(r.caseId())));
        if (r.startsBurst()) {
            tellStaffMailboxes(pupil, reported.get(), reason, now);
        }
        return ledger.whistleOf(pupil, r.reportId());
    }

    /** The cases this member of staff may see (a teacher: their class; the DSL and administrator: all), newest first. */
    public List<WhistleGroup> groupsFor(Person staff) {
        return switch (staff.role()) {
            case PUPIL -> throw new AccessDeniedException("Whistle reports are for staff");
            case TEACHER -> staff.classId() == null ? List.of() : ledger.groups(Optional.of(staff.classId()));
            case DSL, ADMIN -> ledger.groups(Optional.empty());
        };
    }

    /** A case this member of staff may see; empty for another class's case (or none). */
    public Optional<WhistleCaseView> find(Person staff, long caseId) {
        requireStaff(staff);
        return ledger.find(caseId).filter(c -> staff.isStaffFor(c.classId()));
    }

    /**
     * "Mark seen": the pupils who reported the case are told their teacher has seen it (the first time only) and the
     * incident records who. Empty for another class's case (or none).
     */
    public Optional<WhistleCaseView> markSeen(Person staff, long caseId) {
        Optional<WhistleCaseView> found = find(staff, caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IncidentView incident = incidentFor(found.get());
        return ledger.markSeen(caseId, staff.displayName(), clock.instant()).map(seen -> {
            if (seen.first()) {
                incidents.act(staff, incident.reference(), IncidentStep.SEEN, "");
                seen.view().whistles().stream().map(WhistleCaseView.Whistle::reporterId).distinct()
                        .forEach(pupilId -> tellPupil(pupilId, caseId));
            }
            return seen.view();
        });
    }

    /** The report stands even if the log cannot take it now: staff opening the case opens its incident then. */
    private void recordIncident(WhistleLedger.Recorded r, Person pupil, WhistleReason reason) {
        try {
            if (r.newCase()) {
                ledger.find(r.caseId()).ifPresent(this::incidentFor);
            } else {
                incidents.reportedAgain(reference(r.caseId()), pupil, reasonWord(reason));
            }
        } catch (RuntimeException e) {
            log.warn("Whistle case {} is recorded, but not yet in the incident log", r.caseId(), e);
        }
    }

    /** The case's incident, opened now if the case came before the incident log did. */
    IncidentView incidentFor(WhistleCaseView c) {
        WhistleCaseView.Whistle first = c.whistles().getFirst();
        Person reporter = roster.findById(first.reporterId()).orElseThrow(
                () -> new IllegalStateException("Case " + c.id() + " was reported by no one on the roster"));
        List<Person> linked = roster.findByEmail(c.senderAddress()).stream().toList();
        String reason = reasonWord(first.reason());
        String summary = words.getTranslation("whistle.incident.summary", Words.ENGLISH, reporter.displayName(),
                c.senderName(), reason, c.subject(), c.messageText());
        return incidents.open(new NewIncident(IncidentKind.WHISTLE, reference(c.id()), "teacher/whistle/" + c.id(),
                c.classId(), reporter, linked, reason, summary, first.reportedAt(), reporter, false));
    }

    /** The pupil's own whistles of the last days, newest first. */
    public List<PupilWhistle> whistlesOf(Person pupil) {
        return ledger.whistlesOf(pupil, clock.instant().minus(RECENT));
    }

    /** One of the pupil's own whistles; nobody else's. */
    public Optional<PupilWhistle> whistleOf(Person pupil, long reportId) {
        return ledger.whistleOf(pupil, reportId);
    }

    /** Calls {@code caseSeen} with the case id when staff first open a case this pupil reported; returns the undo. */
    public Runnable onSeen(Person pupil, LongConsumer caseSeen) {
        SeenListener listener = new SeenListener(pupil.id(), caseSeen);
        seenListeners.add(listener);
        return () -> seenListeners.remove(listener);
    }

    /** What a staff alert's {@code reference} says for a whistle case. */
    public static String reference(long caseId) {
        return "whistle-case-" + caseId;
    }

    private String reasonWord(WhistleReason reason) {
        return words.getTranslation("whistle.reason." + reason.name(), Words.ENGLISH);
    }

    static void requireStaff(Person person) {
        if (!person.role().isStaff()) {
            throw new AccessDeniedException("For staff only");
        }
    }

    private void tellPupil(long pupilId, long caseId) {
        for (SeenListener listener : List.copyOf(seenListeners)) {
            if (listener.pupilId() == pupilId) {
                try {
                    listener.caseSeen().accept(caseId);
                } catch (RuntimeException e) {
                    log.warn("A pupil screen could not take a seen notice", e);
                }
            }
        }
    }

    /** The class teachers and the DSL each get the report in their mailbox; a failure never undoes the report. */
    private void tellStaffMailboxes(Person pupil, ReportedMessage message, WhistleReason reason, Instant at) {
        List<Person> staff = new ArrayList<>();
        if (pupil.classId() != null) {
            staff.addAll(roster.teachersOf(pupil.classId()));
        }
        roster.everyone().stream().filter(p -> p.role() == Role.DSL).forEach(staff::add);
        String from = words.getTranslation("whistle.notice.from", Words.ENGLISH);
        String subject = words.getTranslation("whistle.notice.subject", Words.ENGLISH, pupil.displayName(),
                message.senderName());
        String text = words.getTranslation("whistle.notice.text", Words.ENGLISH, pupil.displayName(),
                message.senderName(), TIME.format(at.atZone(clock.getZone())),
                words.getTranslation("whistle.reason." + reason.name(), Words.ENGLISH), message.subject(),
                message.text());
        for (Person member : staff) {
            try {
                mail.deliverStaffNotice(member, from, subject, text);
            } catch (RuntimeException e) {
                log.warn("No whistle notice for {} (the report itself is recorded)", member.username(), e);
            }
        }
    }

    private record SeenListener(long pupilId, LongConsumer caseSeen) {
    }
}
