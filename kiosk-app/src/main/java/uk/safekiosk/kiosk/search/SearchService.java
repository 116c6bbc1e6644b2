package uk.safekiosk.kiosk.search;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.safekiosk.kiosk.alerts.AlertKind;
import uk.safekiosk.kiosk.alerts.StaffAlert;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;

/**
 * Safe search for the kiosk's screens: every query is screened and logged for the teacher before anything is
 * searched; a stopped query reaches the teacher's open screens at once (a worrying search); only stored pages of
 * vetted sites are ever found or shown; a pupil can report a page to their teacher.
 */
@Service
public class SearchService {

    private static final int LONGEST_QUERY = SearchQueryRecord.MAX_QUERY;

    private final QueryScreen screen;
    private final SearchIndex index;
    private final SearchCatalogue catalogue;
    private final PageSanitiser sanitiser;
    private final SearchSwitches switches;
    private final SearchQueryRepository log;
    private final PageReportRepository reports;
    private final StaffAlerts alerts;
    private final AuditLog audit;
    private final RosterService roster;
    private final Words words;
    private final Clock clock;

    SearchService(QueryScreen screen, SearchIndex index, SearchCatalogue catalogue, PageSanitiser sanitiser,
                  SearchSwitches switches, SearchQueryRepository log, PageReportRepository reports,
                  StaffAlerts alerts, AuditLog audit, RosterService roster, Words words, Clock clock) {
        this.screen = screen;
        this.index = index;
        this.catalogue = catalogue;
        this.sanitiser = sanitiser;
        this.switches = switches;
        this.log = log;
        this.reports = reports;
        this.alerts = alerts;
        this.audit = audit;
        this.roster = roster;
        this.words = words;
        this.clock = clock;
    }

    /**
     * Screens and, if allowed, searches. The first page of a query is logged (later pages of the same query are
     * not logged again).
     */
    @Transactional
    public SearchOutcome search(Person who, String query, int page) {
        if (!switches.maySearch(who)) {
            return new SearchOutcome.Resting();
        }
        String text = query == null ? "" : query.strip();
        if (text.length() > LONGEST_QUERY) {
            text = text.substring(0, LONGEST_QUERY);
        }
        ScreenResult result = screen.screen(text);
        if (page <= 1) {
            record(who, text, result);
        }
        if (!result.allowed()) {
            return new SearchOutcome.Stopped(result);
        }
        return new SearchOutcome.Found(index.search(text, page));
    }

    private void record(Person who, String text, ScreenResult result) {
        SearchQueryRecord saved = log.save(new SearchQueryRecord(who.id(), who.classId(), clock.instant(), text,
                result.verdict().name(),
                result.reasons().stream().map(Enum::name).collect(Collectors.joining(","))));
        String reasons = result.reasons().stream().map(Enum::name).collect(Collectors.joining(", "));
        audit.record(who.username(), result.allowed() ? AuditAction.SEARCHED : AuditAction.SEARCH_REFUSED,
                who.username(), who.classId(), result.allowed()
                        ? words.getTranslation("audit.detail.searched", Words.ENGLISH, text)
                        : words.getTranslation("audit.detail.search-refused", Words.ENGLISH, text,
                                words.getTranslation("search.verdict." + result.verdict().name(), Words.ENGLISH),
                                reasons));
        if (!result.allowed()) {
            String key = result.verdict() == QueryVerdict.ESCALATE ? "search.alert.escalated" : "search.alert.blocked";
            StaffAlert alert = new StaffAlert(AlertKind.WORRYING_SEARCH, who.classId(), saved.getSearchedAt(),
                    who.displayName(), words.getTranslation(key, Words.ENGLISH, text, reasons),
                    "search-query:" + saved.getId());
            afterCommit(() -> alerts.publish(alert));
        }
    }

    /** A stored page of a vetted site, cleaned for a child; empty for any address that is not one. */
    public Optional<SafePage> open(String address, String outsideNote) {
        return catalogue.addresses().page(address)
                .map(ref -> sanitiser.clean(ref, catalogue.address(ref),
                        catalogue.site(ref.siteId()).map(VettedSite::title).orElse(""), catalogue.html(ref),
                        outsideNote));
    }

    /** A picture stored with a vetted site. */
    public Optional<byte[]> picture(String siteId, String path) {
        return catalogue.picture(siteId, path);
    }

    /** "Report this page": recorded, and the pupil's teacher (and the DSL) see it at once. */
    @Transactional
    public void report(Person pupil, SafePage page) {
        PageReportRecord saved = reports.save(new PageReportRecord(pupil.id(), pupil.classId(), clock.instant(),
                page.address().toString(), page.title()));
        audit.record(pupil.username(), AuditAction.PAGE_REPORTED, pupil.username(), pupil.classId(),
                words.getTranslation("audit.detail.page-reported", Words.ENGLISH, page.title(), page.address()));
        StaffAlert alert = new StaffAlert(AlertKind.PAGE_REPORT, pupil.classId(), saved.getReportedAt(),
                pupil.displayName(),
                words.getTranslation("search.alert.page-report", Words.ENGLISH, page.title(), page.address()),
                "page-report:" + saved.getId());
        afterCommit(() -> alerts.publish(alert));
    }

    /** Staff screens that hear of a search read the log at once, so they hear only once it is stored. */
    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /** The latest searches of the classes this member of staff sees (every search for the DSL and admin). */
    @Transactional(readOnly = true)
    public List<ScreenedQuery> recentSearches(Person staff, int limit) {
        List<SearchQueryRecord> records = switch (staff.role()) {
            case DSL, ADMIN -> log.findAllByOrderBySearchedAtDescIdDesc(Limit.of(limit));
            case TEACHER -> log.findByClassIdInOrderBySearchedAtDescIdDesc(
                    roster.classesVisibleTo(staff).stream().map(ClassInfo::id).toList(), Limit.of(limit));
            case PUPIL -> List.of();
        };
        Map<Long, Person> people = roster.everyone().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        return records.stream().map(r -> new ScreenedQuery(r.getId(),
                Optional.ofNullable(people.get(r.getMemberId())).map(Person::displayName).orElse(""),
                r.getClassId(), r.getSearchedAt(), r.getQueryText(), QueryVerdict.valueOf(r.getVerdict()),
                r.getReasons().isEmpty() ? List.of() : Arrays.stream(r.getReasons().split(","))
                        .map(QueryReason::valueOf).toList())).toList();
    }
}
