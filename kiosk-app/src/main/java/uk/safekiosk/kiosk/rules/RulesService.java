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
import uk.safekiosk.kiosk.roster.ClassLayouts;
import uk.safekiosk.kiosk.roster.KeyStage;
import uk.safekiosk.kiosk.roster.Person;

/**
 * The school's e-safety rules (the full rules, and short ones for the KS1 layout, in each language), and the record of
 * who agreed to which version, when and where.
 */
@Service
public class RulesService {

    private final ContentSource content;
    private final RulesAgreementRepository agreements;
    private final ClassLayouts layouts;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, RuleBook> books = new ConcurrentHashMap<>();

    RulesService(ContentSource content, RulesAgreementRepository agreements, ClassLayouts layouts, AuditLog audit,
                 Clock clock) {
        this.content = content;
        this.agreements = agreements;
        this.layouts = layouts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The full rules (the KS2 layout's) in a language. */
    public RuleBook ruleBook(Locale locale) {
        return ruleBook(locale, KeyStage.KS2);
    }

    public RuleBook ruleBook(Locale locale, KeyStage keyStage) {
        return books.computeIfAbsent(locale.getLanguage() + "/" + keyStage,
                key -> RuleBookLoader.load(content, locale, keyStage));
    }

    /** The rules this pupil agrees to: their class's layout decides full or short. */
    public RuleBook ruleBookFor(Person pupil, Locale locale) {
        return ruleBook(locale, layouts.of(pupil));
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
