package uk.safekiosk.gateway;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.delivery.Backlog;
import uk.safekiosk.gateway.delivery.HeldStore;
import uk.safekiosk.gateway.delivery.MailFlow;
import uk.safekiosk.gateway.delivery.MailboxSink;
import uk.safekiosk.gateway.events.GatewayListener;
import uk.safekiosk.gateway.journal.Compacted;
import uk.safekiosk.gateway.journal.Journal;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.message.MessageParser;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.parse.PlainTextRebuilder;
import uk.safekiosk.gateway.parse.PlainTextRebuilder.Mailbox;
import uk.safekiosk.gateway.policy.Policy;
import uk.safekiosk.gateway.relay.SmtpRelay;
import uk.safekiosk.gateway.roster.Credentials;
import uk.safekiosk.gateway.roster.MailLogin;
import uk.safekiosk.gateway.roster.MailTokens;
import uk.safekiosk.gateway.roster.Member;
import uk.safekiosk.gateway.roster.Roster;
import uk.safekiosk.gateway.smtp.SmtpFront;
import uk.safekiosk.gateway.store.MailboxModel;
import uk.safekiosk.gateway.store.MailboxStore;
import uk.safekiosk.gateway.store.MessageRef;
import uk.safekiosk.gateway.store.StaffCopy;
import uk.safekiosk.gateway.store.StaffNotice;

/**
 * The mail gateway in one object: SMTP front, journal, policy, held store and mailbox store (or relay).
 *
 * <pre>{@code
 * MailGateway gateway = MailGateway.builder(GatewayConfig.builder(dataDir).build())
 *         .roster(roster).credentials(credentials).parser(parser).policy(policy).listener(alerts)
 *         .build()
 *         .start();
 * MailToken token = gateway.mailTokens().issue(pupilAddress);   // at kiosk log-on
 * }</pre>
 *
 * <p>{@link #start()} first replays the journal (restoring mailboxes, held messages and unfinished deliveries),
 * compacts it if it has grown past {@link GatewayConfig#compactJournalAbove()}, then opens IMAP and finally SMTP.
 * {@link #close()} stops SMTP first, finishes queued deliveries, then stops the rest.
 */
public final class MailGateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailGateway.class);

    private static final Duration RELAY_TIMEOUT = Duration.ofSeconds(30);
    /** The local part of the address notices come from; no member has it, so nobody can write back to it. */
    private static final String SYSTEM_SENDER = "postmaster";
    /**
     * Jakarta Mail 2.1 finds its stream provider with a class-path scan on every header parse and message write, a
     * quarter of the gateway's CPU under load; naming the provider turns that into a plain class lookup.
     */
    private static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private final GatewayConfig config;
    private final Roster roster;
    private final MessageParser parser;
    private final Policy policy;
    private final GatewayListener listener;
    private final Clock clock;
    private final ContentSource content;
    private final MailTokens tokens;
    private final MailLogin login;
    private Journal journal;
    private MailboxStore store;
    private MailFlow flow;
    private SmtpFront front;

    private MailGateway(Builder b) {
        this.config = b.config;
        this.roster = Objects.requireNonNull(b.roster, "roster");
        this.parser = Objects.requireNonNull(b.parser, "parser");
        this.policy = Objects.requireNonNull(b.policy, "policy");
        this.listener = b.listener;
        this.clock = b.clock;
        this.content = b.content;
        this.tokens = new MailTokens(clock, config.mailTokenLifetime());
        this.login = new MailLogin(roster, b.credentials, tokens);
    }

    public static Builder builder(GatewayConfig config) {
        return new Builder(config);
    }

    /** Recovers from the journal and starts serving. */
    public synchronized MailGateway start() throws IOException {
        if (journal != null) {
            throw new IllegalStateException("Already started");
        }
        System.getProperties().putIfAbsent(STREAM_PROVIDER_PROPERTY, ANGUS_STREAM_PROVIDER);
        journal = Journal.open(journalDirectory(config.dataDirectory()));
        try {
            boolean compact = config.compactsJournalOf(journal.size());
            MailboxSink sink = switch (config.mailboxes()) {
                case GatewayConfig.Mailboxes.Local local -> {
                    store = new MailboxStore(journal, roster, login, clock, local.imapPort());
                    yield store;
                }
                case GatewayConfig.Mailboxes.Relay relay ->
                        new SmtpRelay(new SmtpRelay.NextHop(relay.host(), relay.port()), RELAY_TIMEOUT);
            };
            flow = new MailFlow(journal, parser, policy, roster, sink, listener, clock, config.hostName());
            recover(compact);
            if (store != null) {
                store.start();
            }
            flow.resume();
            SmtpFront.Settings smtp = new SmtpFront.Settings(
                    config.smtpPort(), config.maxMessageBytes(), config.hostName(), config.smtpIdleTimeout());
            front = new SmtpFront(smtp, login, roster, flow::accept, content);
            front.start();
            return this;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Compacts the journal of a stopped gateway now, whatever its size: the new journal holds every message still in a
     * mailbox (with its flags and folder), every held message not yet decided and every delivery not yet done.
     *
     * @throws IOException when a gateway is using the data directory, or the journal cannot be rewritten (it is then
     *                     left as it was)
     */
    public static Compacted compactJournal(Path dataDirectory) throws IOException {
        try (Journal journal = Journal.open(journalDirectory(dataDirectory))) {
            MailboxModel mailboxes = new MailboxModel();
            Backlog backlog = new Backlog();
            journal.replay(entry -> {
                mailboxes.replay(entry);
                backlog.replay(entry);
            });
            return journal.compact(Stream.concat(mailboxes.liveEntries(), backlog.liveEntries()));
        }
    }

    private static Path journalDirectory(Path dataDirectory) {
        return dataDirectory.resolve("journal");
    }

    /** Replays the journal into the store and the mail flow, then (if asked) compacts it from what they rebuilt. */
    private void recover(boolean compact) throws IOException {
        // Relay mode has no store, but the journal may hold mailboxes from a time with one; compaction keeps them.
        MailboxModel unserved = store == null && compact ? new MailboxModel() : null;
        journal.replay(entry -> {
            flow.replay(entry);
            if (store != null) {
                store.replay(entry);
            } else if (unserved != null) {
                unserved.replay(entry);
            }
        });
        if (compact) {
            Stream<JournalEntry> mailboxes = store != null ? store.liveEntries() : unserved.liveEntries();
            compactFrom(Stream.concat(mailboxes, flow.liveEntries()));
        }
    }

    private void compactFrom(Stream<JournalEntry> live) {
        try {
            Compacted done = journal.compact(live);
            LOG.info("Journal compacted from {} to {} bytes ({} entries kept)", done.bytesBefore(), done.bytesAfter(),
                    done.entries());
        } catch (IOException e) {
            LOG.warn("Compacting the journal failed", e);
        }
    }

    public int smtpPort() {
        return running().front.port();
    }

    /** The IMAP port of the built-in store; empty in relay mode. */
    public OptionalInt imapPort() {
        return running().store == null ? OptionalInt.empty() : OptionalInt.of(store.imapPort());
    }

    /** Per-session mail secrets for members logged on to the kiosk (see the roster package). */
    public MailTokens mailTokens() {
        return tokens;
    }

    /** Messages held or escalated for staff. */
    public HeldStore heldMessages() {
        return running().flow.held();
    }

    /** After roster changes: gives every new member a mailbox. Returns how many were made (0 in relay mode). */
    public int addMissingMailboxes() {
        return running().store == null ? 0 : store.addMissingMailboxes();
    }

    /**
     * For a pupil's report: {@code keeper} gets the message first, then it leaves the pupil's INBOX (journaled).
     * False when there is no such message.
     *
     * @throws IllegalStateException in relay mode, where the mailboxes are on the school's server
     */
    public boolean removeForStaff(MessageRef message, StaffCopy keeper) throws IOException {
        if (running().store == null) {
            throw new IllegalStateException("Relay mode: mailboxes are on the school's mail server");
        }
        return store.removeForStaff(message, keeper);
    }

    /**
     * Puts a notice from the kiosk in a staff member's INBOX as a new plain-text message from the gateway's own
     * address, journaled before this returns. Only staff receive notices, so nothing can reach a pupil this way
     * without the policy.
     *
     * @throws IllegalArgumentException when the recipient is not a member of staff
     * @throws IllegalStateException    in relay mode, where the mailboxes are on the school's server
     */
    public void deliverNotice(StaffNotice notice) throws MessagingException {
        if (running().store == null) {
            throw new IllegalStateException("Relay mode: mailboxes are on the school's mail server");
        }
        Member staff = roster.find(notice.recipient())
                .filter(m -> m.role().isStaff())
                .orElseThrow(() -> new IllegalArgumentException(notice.recipient() + " is not a member of staff"));
        String systemAddress = SYSTEM_SENDER + "@" + config.hostName();
        byte[] rfc822 = new PlainTextRebuilder(clock).rebuildBytes(
                MessageView.ofPlainText(systemAddress, List.of(staff.address()), notice.subject(), notice.text()),
                new Mailbox(systemAddress, notice.senderName()),
                List.of(new Mailbox(staff.address(), staff.displayName())),
                "<notice-" + UUID.randomUUID() + "@" + config.hostName() + ">");
        store.deliverNotice(staff.address(), rfc822);
    }

    @Override
    public synchronized void close() {
        if (front != null) {
            front.close();
        }
        if (flow != null) {
            flow.close();
        }
        if (store != null) {
            store.close();
        }
        if (journal != null) {
            journal.close();
        }
    }

    private synchronized MailGateway running() {
        if (front == null) {
            throw new IllegalStateException("The gateway is not started");
        }
        return this;
    }

    public static final class Builder {
        private final GatewayConfig config;
        private Roster roster;
        private Credentials credentials = Credentials.none();
        private MessageParser parser;
        private Policy policy;
        private GatewayListener listener = GatewayListener.none();
        private Clock clock = Clock.systemUTC();
        private ContentSource content = ContentSource.defaults();

        private Builder(GatewayConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        public Builder roster(Roster roster) {
            this.roster = roster;
            return this;
        }

        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        public Builder parser(MessageParser parser) {
            this.parser = parser;
            return this;
        }

        public Builder policy(Policy policy) {
            this.policy = policy;
            return this;
        }

        public Builder listener(GatewayListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where the words of SMTP refusals come from (a school's overrides included). */
        public Builder content(ContentSource content) {
            this.content = Objects.requireNonNull(content, "content");
            return this;
        }

        public MailGateway build() {
            return new MailGateway(this);
        }
    }
}
