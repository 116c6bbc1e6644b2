package uk.safekiosk.kiosk.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;

/**
 * Asks every {@link LogOnRule}; the first refusal wins. Used by every log-on path after the secret was checked, and
 * again while someone is logged on ({@link LogOnRecheck}).
 */
@Component
public class LogOnRules {

    private final List<LogOnRule> rules;
    private final RosterService roster;
    private final AuditLog audit;
    private final Words words;
    private final Clock clock;

    LogOnRules(List<LogOnRule> rules, RosterService roster, AuditLog audit, Words words, Clock clock) {
        this.rules = List.copyOf(rules);
        this.roster = roster;
        this.audit = audit;
        this.words = words;
        this.clock = clock;
    }

    /**
     * A refused log-on is audited (the secret was right, so it is the member trying: "tried to log on while paused").
     *
     * @throws LogOnRefusedException if any rule refuses this person now
     */
    public void check(String username) {
        roster.findByUsername(username).ifPresent(person -> refusal(person).ifPresent(refusal -> {
            audit.record(person.username(), AuditAction.LOG_ON_REFUSED, person.username(), person.classId(),
                    words.getTranslation(refusal.wordingKey(), Words.ENGLISH, refusal.arguments().toArray()));
            throw new LogOnRefusedException(refusal);
        }));
    }

    /** What this person would be told if they logged on now; empty when every rule lets them. */
    public Optional<LogOnRefusal> refusal(Person person) {
        Instant now = clock.instant();
        return rules.stream().map(rule -> rule.refuse(person, now)).flatMap(Optional::stream).findFirst();
    }
}
