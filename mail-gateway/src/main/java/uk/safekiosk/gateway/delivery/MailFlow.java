package uk.safekiosk.gateway.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import uk.safekiosk.gateway.events.GatewayEvent;
import uk.safekiosk.gateway.events.GatewayListener;
import uk.safekiosk.gateway.events.MessageSummary;
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
 * <p>Start-up order: construct, {@link #replay} every journal entry, (compact the journal from {@link #liveEntries}),
 * then {@link #resume} redoes deliveries that were accepted (or released) but not yet known to be delivered.
 */
public final class MailFlow implements Intake, AutoCloseable {

    private final Journal journal;
    private final MessageParser parser;
    private final Policy policy;
    private final Clock clock;
    private final Events events;
    private final Dispatcher dispatcher;
    private final HeldStore held;
    private final Backlog backlog = new Backlog();
    private boolean resumed;

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
        backlog.replay(entry);
    }

    /**
     * What a compacted journal must hold for accepted mail (see {@link Backlog#liveEntries}). Only between
     * {@link #replay} and {@link #resume}, which hands the backlog on.
     */
    public Stream<JournalEntry> liveEntries() {
        if (resumed) {
            throw new IllegalStateException("The mail flow has resumed; its backlog is handed on");
        }
        return backlog.liveEntries();
    }

    /** Puts held messages back for staff and delivers what the journal says was accepted but not yet delivered. */
    public void resume() {
        resumed = true;
        backlog.held().forEach(a -> held.add(heldMessage(a)));
        for (Backlog.Pending p : backlog.pending()) {
            MessageSummary message = summary(p.accepted());
            dispatcher.submit(message, parse(message, p.accepted().rfc822()));
        }
        backlog.clear();
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
}
