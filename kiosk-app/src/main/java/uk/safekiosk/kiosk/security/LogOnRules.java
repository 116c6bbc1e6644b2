package uk.safekiosk.kiosk.security;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;

/** Asks every {@link LogOnRule}; the first refusal wins. Used by every log-on path after the secret was checked. */
@Component
public class LogOnRules {

    private final List<LogOnRule> rules;
    private final RosterService roster;
    private final Clock clock;

    LogOnRules(List<LogOnRule> rules, RosterService roster, Clock clock) {
        this.rules = List.copyOf(rules);
        this.roster = roster;
        this.clock = clock;
    }

    /** @throws LogOnRefusedException if any rule refuses this person now */
    public void check(String username) {
        Person person = roster.findByUsername(username).orElse(null);
        if (person == null) {
            return;
        }
        for (LogOnRule rule : rules) {
            rule.refuse(person, clock.instant()).ifPresent(refusal -> {
                throw new LogOnRefusedException(refusal);
            });
        }
    }
}
