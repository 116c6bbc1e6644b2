package uk.safekiosk.gateway.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import uk.safekiosk.gateway.journal.HeldOutcome;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.journal.JournalEntry.Accepted;
import uk.safekiosk.gateway.journal.JournalEntry.HeldResolved;
import uk.safekiosk.gateway.journal.VerdictKind;

/**
 * What the journal says is still to do for accepted mail: messages accepted (or released by staff) but not yet known
 * to be delivered, and held messages staff have not decided on. Built by replay; public so that a stopped gateway's
 * journal can be compacted without a running mail flow.
 */
public final class Backlog {

    /** A delivery still to do, with the entries that made it one. */
    record Pending(Accepted accepted, Optional<HeldResolved> release) {}

    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Map<String, Accepted> held = new LinkedHashMap<>();

    /** Rebuilds the backlog from one journal entry; entries of other features are ignored. */
    public void replay(JournalEntry entry) {
        switch (entry) {
            case Accepted a when a.verdict() == VerdictKind.DELIVER ->
                    pending.put(a.id(), new Pending(a, Optional.empty()));
            case Accepted a when a.verdict().isHeld() -> held.put(a.id(), a);
            case JournalEntry.Dispatched d -> pending.remove(d.id());
            case HeldResolved r -> {
                Accepted decided = held.remove(r.id());
                if (decided != null && r.outcome() == HeldOutcome.RELEASED) {
                    pending.put(r.id(), new Pending(decided, Optional.of(r)));
                }
            }
            default -> {}
        }
    }

    /**
     * Entries that rebuild this backlog: each undelivered message's acceptance (and its release, if staff released
     * it), in delivery order, then each undecided held message. Blocked, returned and delivered messages are left out:
     * nothing is done with them again.
     */
    public Stream<JournalEntry> liveEntries() {
        Stream<JournalEntry> undelivered = pending.values().stream().flatMap(p -> p.release().isPresent()
                ? Stream.of(p.accepted(), p.release().get())
                : Stream.of(p.accepted()));
        return Stream.concat(undelivered, held.values().stream());
    }

    /** Deliveries still to do, in the order they became due. */
    List<Pending> pending() {
        return new ArrayList<>(pending.values());
    }

    /** Held messages not yet decided, oldest first. */
    List<Accepted> held() {
        return new ArrayList<>(held.values());
    }

    /** Empties the backlog once its work has been handed on. */
    void clear() {
        pending.clear();
        held.clear();
    }
}
