package uk.safekiosk.gateway.delivery;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import uk.safekiosk.gateway.events.GatewayEvent;
import uk.safekiosk.gateway.events.GatewayListener;
import uk.safekiosk.gateway.events.MessageSummary;
import uk.safekiosk.gateway.journal.HeldOutcome;
import uk.safekiosk.gateway.journal.Journal;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.journal.VerdictKind;
import uk.safekiosk.gateway.message.MessageParser;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.policy.Policy;
import uk.safekiosk.gateway.policy.Verdict;
import uk.safekiosk.gateway.roster.Roster;
import uk.safekiosk.gateway.smtp.Intake;

/**
 * What happens to a message once the SMTP front has all of it: parse once, let the policy decide, journal the message
 * with the decision, then deliver the rebuilt text (Deliver) or keep the original for staff (Hold, Escalate).
 *
 * <p>Start-up order: construct, {@link #replay} every journal entry, then {@link #resume} redoes deliveries that were
 * accepted (or released) but not yet known to be delivered.
 */
public final class MailFlow implements Intake, AutoCloseable {

    private final Journal journal;
    private final MessageParser parser;
    private final Policy policy;
    private final Clock clock;
    private final Events events;
    private final Dispatcher dispatcher;
    private final HeldStore held;
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    public MailFlow(
            Journal journal,
            MessageParser parser,
            Policy policy,
            Roster roster,
            MailboxSink sink,
            GatewayListener listener,
            Clock clock,
            String messageIdDomain) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = new Events(Objects.requireNonNull(listener, "listener"));
        this.dispatcher = new Dispatcher(journal, sink, new Reconstruction(clock, roster, messageIdDomain), events);
        this.held = new HeldStore(journal, roster, clock, events, this::deliverReleased);
    }

    public HeldStore held() {
        return held;
    }

    /**
     * Decides on a whole message and makes the decision durable. Returns once a Deliver, Hold or Escalate verdict is in
     * the journal on disk, so the caller may answer 250; a Block is journaled too, but not waited for.
     */
    @Override
    public Decision accept(String sender, List<String> recipients, byte[] rfc822) {
        MessageView view = parser.parse(sender, recipients, rfc822);
        Verdict verdict = policy.evaluate(view);
        MessageSummary summary =
                new MessageSummary(UUID.randomUUID().toString(), clock.instant(), sender, recipients, view.subject());
        VerdictKind kind = VerdictKind.of(verdict);
        JournalEntry.Accepted entry = new JournalEntry.Accepted(summary.id(), summary.receivedAt(), sender, recipients,
                summary.subject(), kind, verdict.findings(), verdict.explanation(), rfc822);
        switch (verdict) {
            case Verdict.Block b -> {
                journal.appendLater(entry);
                events.publish(new GatewayEvent.Blocked(summary, b.reasons(), b.explanation()));
            }
            case Verdict.Deliver d -> {
                journal.append(entry);
                dispatcher.submit(summary, view);
            }
            case Verdict.Hold h -> {
                journal.append(entry);
                held.add(heldMessage(entry));
                events.publish(new GatewayEvent.Held(summary, h.reasons()));
            }
            case Verdict.Escalate e -> {
                journal.append(entry);
                held.add(heldMessage(entry));
                events.publish(new GatewayEvent.Escalated(summary, e.reasons()));
            }
        }
        return new Decision(summary.id(), verdict);
    }

    /** Rebuilds in-memory state from one journal entry; entries of other features are ignored. */
    public void replay(JournalEntry entry) {
        switch (entry) {
            case JournalEntry.Accepted a when a.verdict() == VerdictKind.DELIVER ->
                    pending.put(a.id(), new Pending(summary(a), a.rfc822()));
            case JournalEntry.Accepted a when a.verdict().isHeld() -> held.add(heldMessage(a));
            case JournalEntry.Dispatched d -> pending.remove(d.id());
            case JournalEntry.HeldResolved r -> held.remove(r.id())
                    .filter(m -> r.outcome() == HeldOutcome.RELEASED)
                    .ifPresent(m -> pending.put(r.id(), new Pending(m.message(), m.rfc822())));
            default -> {}
        }
    }

    /** Delivers what the journal says was accepted but not yet delivered. */
    public void resume() {
        pending.values().forEach(p -> dispatcher.submit(p.message(), parse(p.message(), p.rfc822())));
        pending.clear();
    }

    /** Finishes the deliveries queued so far. */
    @Override
    public void close() {
        dispatcher.close();
    }

    private void deliverReleased(HeldMessage message) {
        dispatcher.submit(message.message(), parse(message.message(), message.rfc822()));
    }

    private MessageView parse(MessageSummary message, byte[] rfc822) {
        return parser.parse(message.sender(), message.recipients(), rfc822);
    }

    private static MessageSummary summary(JournalEntry.Accepted a) {
        return new MessageSummary(a.id(), a.at(), a.sender(), a.recipients(), a.subject());
    }

    private static HeldMessage heldMessage(JournalEntry.Accepted a) {
        return new HeldMessage(summary(a), a.verdict(), a.findings(), a.explanation(), a.rfc822());
    }

    private record Pending(MessageSummary message, byte[] rfc822) {}
}
