package uk.safekiosk.kiosk.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.config.KioskProperties;

/**
 * Escalations nobody picks up are the failure to design against: an escalation no DSL has acknowledged within
 * {@code kiosk.escalation-minutes} alerts again (the DSL's screens and the class's), and keeps doing so each interval
 * until a DSL acknowledges it. Time comes from the injected clock; the schedule only calls {@link #check()}.
 */
@Component
public class EscalationLadder {

    private final IncidentStore store;
    private final Incidents incidents;
    private final Clock clock;
    private final Duration interval;

    EscalationLadder(IncidentStore store, Incidents incidents, KioskProperties properties, Clock clock) {
        this.store = store;
        this.incidents = incidents;
        this.clock = clock;
        this.interval = properties.escalationInterval();
    }

    /** Alerts again about every escalation that is due; returns how many. One check at a time. */
    public synchronized int check() {
        Instant now = clock.instant();
        Instant dueBy = now.minus(interval);
        int alerted = 0;
        for (long id : store.dueForAlert(dueBy)) {
            var again = store.alertAgain(id, dueBy, now);
            if (again.isPresent()) {
                incidents.alertEscalation(again.get(), now);
                alerted++;
            }
        }
        return alerted;
    }

    /** A re-alert is at most this late; checking is one indexed query. */
    @Scheduled(initialDelay = 15_000, fixedDelay = 15_000)
    void onSchedule() {
        check();
    }
}
