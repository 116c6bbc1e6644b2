package uk.safekiosk.kiosk.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.roster.Person;

/** The school's e-safety rules, and the record of who agreed to which version, when and where. */
@Service
public class RulesService {

    private final ContentSource content;
    private final RulesAgreementRepository agreements;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, RuleBook> books = new ConcurrentHashMap<>();

    RulesService(ContentSource content, RulesAgreementRepository agreements, AuditLog audit, Clock clock) {
        this.content = content;
        this.agreements = agreements;
        this.audit = audit;
        this.clock = clock;
    }

    public RuleBook ruleBook(Locale locale) {
        return books.computeIfAbsent(locale.getLanguage(), lang -> RuleBookLoader.load(content, locale));
    }

    @Transactional
    public Agreement recordAgreement(Person pupil, String version, String device) {
        Agreement agreement = Agreement.of(agreements.save(new RulesAgreement(pupil.id(), clock.instant(), version,
                device)));
        audit.record(pupil.username(), AuditAction.RULES_AGREED, pupil.username(), pupil.classId(), device);
        return agreement;
    }

    /** Agreements made today (school's local day) by any of these members, earliest first. */
    @Transactional(readOnly = true)
    public List<Agreement> agreementsToday(Collection<Long> memberIds) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Set<Long> wanted = Set.copyOf(memberIds);
        return agreements.findByAgreedAtGreaterThanEqualAndAgreedAtLessThanOrderByAgreedAt(
                        today.atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant())
                .stream().filter(a -> wanted.contains(a.getMemberId())).map(Agreement::of).toList();
    }

    @Transactional(readOnly = true)
    public List<Agreement> agreementsOf(long memberId) {
        return agreements.findByMemberIdOrderByAgreedAt(memberId).stream().map(Agreement::of).toList();
    }
}
