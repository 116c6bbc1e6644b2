package uk.safekiosk.kiosk.whistle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;

/** The database side of the whistle: cases, reports, folding and bursts, seen marks. */
@Component
class WhistleLedger {

    /** Whistles by one pupil less than this apart belong to one burst. */
    static final Duration BURST_GAP = Duration.ofMinutes(2);

    private final WhistleCaseRepository cases;
    private final WhistleReportRepository reports;
    private final RosterService roster;

    WhistleLedger(WhistleCaseRepository cases, WhistleReportRepository reports, RosterService roster) {
        this.cases = cases;
        this.reports = reports;
        this.roster = roster;
    }

    /**
     * Records one whistle; a message reported before gets the new report on its existing case. Callers serialise
     * calls, so two reports of one message cannot both open a case (the unique message key is the backstop).
     */
    @Transactional
    Recorded record(Person pupil, ReportedMessage message, WhistleReason reason, Instant now) {
        Optional<WhistleCase> existing = cases.findByMessageKey(message.key());
        WhistleCase reportedCase = existing.orElseGet(() -> cases.save(new WhistleCase(pupil.classId(), message, now)));
        Instant burstStartedAt = reports.findFirstByReporterIdOrderByReportedAtDescIdDesc(pupil.id())
                .filter(last -> Duration.between(last.getReportedAt(), now).compareTo(BURST_GAP) < 0)
                .map(WhistleReport::getBurstStartedAt)
                .orElse(now);
        WhistleReport report = reports.save(new WhistleReport(reportedCase.getId(), pupil.id(), pupil.email(), reason,
                now, burstStartedAt));
        return new Recorded(report.getId(), reportedCase.getId(), report.startsBurst(), existing.isEmpty());
    }

    /** {@code newCase}: this was the first report of the message. */
    record Recorded(long reportId, long caseId, boolean startsBurst, boolean newCase) {
    }

    /** The newest cases of one class (of every class when empty), grouped by burst. */
    @Transactional(readOnly = true)
    List<WhistleGroup> groups(Optional<Long> classId) {
        List<WhistleCase> found = classId.map(cases::findTop100ByClassIdOrderByFirstReportedAtDescIdDesc)
                .orElseGet(cases::findTop100ByOrderByFirstReportedAtDescIdDesc);
        List<WhistleCaseView> views = views(found);
        Map<String, List<WhistleCaseView>> byBurst = new LinkedHashMap<>();
        for (WhistleCaseView view : views) {
            WhistleCaseView.Whistle first = view.whistles().getFirst();
            byBurst.computeIfAbsent(first.reporterId() + "@" + first.burstStartedAt(), b -> new ArrayList<>())
                    .add(view);
        }
        return byBurst.values().stream()
                .map(cases -> new WhistleGroup(cases.getFirst().whistles().getFirst().reporterName(), cases))
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<WhistleCaseView> find(long caseId) {
        return cases.findById(caseId).map(c -> views(List.of(c)).getFirst());
    }

    /** Marks the case seen (the first time only); returns it, and whether this call was the first. */
    @Transactional
    Optional<Seen> markSeen(long caseId, String by, Instant at) {
        return cases.findById(caseId).map(c -> {
            boolean first = c.markSeen(by, at);
            return new Seen(views(List.of(c)).getFirst(), first);
        });
    }

    record Seen(WhistleCaseView view, boolean first) {
    }

    @Transactional(readOnly = true)
    List<PupilWhistle> whistlesOf(Person pupil, Instant since) {
        List<WhistleReport> mine =
                reports.findByReporterIdAndReportedAtGreaterThanEqualOrderByReportedAtDescIdDesc(pupil.id(), since);
        Map<Long, WhistleCase> caseById = new HashMap<>();
        cases.findAllById(mine.stream().map(WhistleReport::getCaseId).distinct().toList())
                .forEach(c -> caseById.put(c.getId(), c));
        return mine.stream().map(r -> {
            WhistleCase c = caseById.get(r.getCaseId());
            return new PupilWhistle(r.getId(), c.getId(), c.getSenderName(), r.getReportedAt(), c.getSeenAt() != null);
        }).toList();
    }

    @Transactional(readOnly = true)
    Optional<PupilWhistle> whistleOf(Person pupil, long reportId) {
        return reports.findById(reportId)
                .filter(r -> r.getReporterId() == pupil.id())
                .flatMap(r -> cases.findById(r.getCaseId()).map(c -> new PupilWhistle(r.getId(), c.getId(),
                        c.getSenderName(), r.getReportedAt(), c.getSeenAt() != null)));
    }

    private List<WhistleCaseView> views(List<WhistleCase> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<WhistleReport>> byCase = new HashMap<>();
        reports.findByCaseIdInOrderByReportedAtAscIdAsc(found.stream().map(WhistleCase::getId).toList())
                .forEach(r -> byCase.computeIfAbsent(r.getCaseId(), id -> new ArrayList<>()).add(r));
        Map<Long, String> names = new HashMap<>();
        roster.everyone().forEach(p -> names.put(p.id(), p.displayName()));
        return found.stream().map(c -> new WhistleCaseView(c.getId(), c.getClassId(), c.getSenderAddress(),
                c.getSenderName(), c.getSubject(), c.getMessageText(), c.getFirstReportedAt(), c.getSeenAt(),
                c.getSeenBy(),
                byCase.getOrDefault(c.getId(), List.of()).stream().map(r -> new WhistleCaseView.Whistle(r.getId(),
                        r.getReporterId(), names.getOrDefault(r.getReporterId(), ""), r.getReason(),
                        r.getReportedAt(), r.getBurstStartedAt())).toList())).toList();
    }
}
