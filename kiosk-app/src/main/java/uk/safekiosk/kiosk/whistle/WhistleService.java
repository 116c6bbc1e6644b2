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
import org.springframework.stereotype.Service;
import uk.safekiosk.kiosk.alerts.AlertKind;
import uk.safekiosk.kiosk.alerts.StaffAlert;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.i18n.Words;
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
    private final Clock clock;
    private final Object foldLock = new Object();
    private final Set<SeenListener> seenListeners = ConcurrentHashMap.newKeySet();

    WhistleService(MailService mail, WhistleLedger ledger, StaffAlerts alerts, AuditLog audit, RosterService roster,
                   Words words, Clock clock) {
        this.mail = mail;
        this.ledger = ledger;
        this.alerts = alerts;
        this.audit = audit;
        this.roster = roster;
        this.words = words;
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
            case PUPIL -> throw new IllegalArgumentException("Whistle reports are for staff");
            case TEACHER -> staff.classId() == null ? List.of() : ledger.groups(Optional.of(staff.classId()));
            case DSL, ADMIN -> ledger.groups(Optional.empty());
        };
    }

    /** Opens a case for a member of staff, which marks it seen and tells the pupils who reported it. */
    public Optional<WhistleCaseView> open(Person staff, long caseId) {
        if (!staff.role().isStaff() || ledger.find(caseId).filter(c -> maySee(staff, c)).isEmpty()) {
            return Optional.empty();
        }
        return ledger.markSeen(caseId, staff.displayName(), clock.instant()).map(seen -> {
            if (seen.first()) {
                seen.view().whistles().stream().map(WhistleCaseView.Whistle::reporterId).distinct()
                        .forEach(pupilId -> tellPupil(pupilId, caseId));
            }
            return seen.view();
        });
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

    private static boolean maySee(Person staff, WhistleCaseView c) {
        return StaffAlerts.receives(staff, new StaffAlert(AlertKind.WHISTLE, c.classId(), c.firstReportedAt(), "",
                "", reference(c.id())));
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
