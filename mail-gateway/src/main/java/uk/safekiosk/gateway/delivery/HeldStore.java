package uk.safekiosk.gateway.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safekiosk.gateway.events.GatewayEvent;
import uk.safekiosk.gateway.journal.HeldOutcome;
import uk.safekiosk.gateway.journal.Journal;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.roster.Member;
import uk.safekiosk.gateway.roster.Roster;

/**
 * Messages held or escalated by the policy, for staff to read first. Lives in memory, rebuilt from the journal at
 * start-up; every release and return is journaled before it takes effect.
 */
public final class HeldStore {

    private final Journal journal;
    private final Roster roster;
    private final Clock clock;
    private final Events events;
    private final Releaser releaser;
    private final Map<String, HeldMessage> held = new LinkedHashMap<>();

    /** What happens to a released message: it is rebuilt and delivered like any other. */
    @FunctionalInterface
    interface Releaser {
        void deliver(HeldMessage message);
    }

    HeldStore(Journal journal, Roster roster, Clock clock, Events events, Releaser releaser) {
        this.journal = journal;
        this.roster = roster;
        this.clock = clock;
        this.events = events;
        this.releaser = releaser;
    }

    /** Every held message, oldest first. */
    public synchronized List<HeldMessage> list() {
        return new ArrayList<>(held.values());
    }

    public synchronized Optional<HeldMessage> find(String id) {
        return Optional.ofNullable(held.get(id));
    }

    /** Delivers the message as rebuilt plain text. False when no message with that id is held. */
    public boolean release(String id, String staffAddress) {
        return resolve(id, staffAddress, HeldOutcome.RELEASED);
    }

    /** Drops the message for good; the sender is told through the kiosk. False when no message with that id is held. */
    public boolean returnToSender(String id, String staffAddress) {
        return resolve(id, staffAddress, HeldOutcome.RETURNED);
    }

    private boolean resolve(String id, String staffAddress, HeldOutcome outcome) {
        Member staff = roster.find(staffAddress)
                .filter(m -> m.role().isStaff())
                .orElseThrow(() -> new IllegalArgumentException(staffAddress + " is not a member of staff"));
        HeldMessage message;
        synchronized (this) {
            message = held.get(id);
            if (message == null) {
                return false;
            }
            journal.append(new JournalEntry.HeldResolved(id, outcome, staff.address(), clock.instant()));
            held.remove(id);
        }
        if (outcome == HeldOutcome.RELEASED) {
            events.publish(new GatewayEvent.Released(message.message(), staff.address()));
            releaser.deliver(message);
        } else {
            events.publish(new GatewayEvent.Returned(message.message(), staff.address()));
        }
        return true;
    }

    synchronized void add(HeldMessage message) {
        held.put(message.message().id(), message);
    }
}
