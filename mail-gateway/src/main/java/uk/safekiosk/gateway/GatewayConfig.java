package uk.safekiosk.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the gateway runs. Everything listens on the loopback interface only.
 *
 * @param dataDirectory     where the journal lives ({@code <dataDirectory>/journal/journal.log})
 * @param smtpPort          SMTP port, 0 for any free port (default 2525)
 * @param maxMessageBytes   largest message accepted, as sent (default 1 MiB)
 * @param hostName          the gateway's name in the SMTP greeting and in Message-IDs of rebuilt messages
 * @param smtpIdleTimeout   a silent SMTP client is disconnected after this long
 * @param mailTokenLifetime a kiosk mail token stops working this long after it was issued, even if never revoked
 * @param mailboxes         the built-in IMAP mailbox store, or relaying to the school's own mail server
 * @param compactJournalAbove at start-up, the journal is compacted (rewritten with only what is live) when it is
 *                          larger than this many bytes; 0 means never (default 64 MiB)
 */
public record GatewayConfig(
        Path dataDirectory,
        int smtpPort,
        long maxMessageBytes,
        String hostName,
        Duration smtpIdleTimeout,
        Duration mailTokenLifetime,
        Mailboxes mailboxes,
        long compactJournalAbove) {

    public static final int DEFAULT_SMTP_PORT = 2525;
    public static final int DEFAULT_IMAP_PORT = 1143;
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;
    /** Replaying this much takes a few seconds; below it, compaction would save little start-up time. */
    public static final long DEFAULT_COMPACT_JOURNAL_ABOVE = 64L * 1024 * 1024;

    public GatewayConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(smtpIdleTimeout, "smtpIdleTimeout");
        Objects.requireNonNull(mailTokenLifetime, "mailTokenLifetime");
        Objects.requireNonNull(mailboxes, "mailboxes");
        if (compactJournalAbove < 0) {
            throw new IllegalArgumentException(
                    "compactJournalAbove must be 0 (never) or more, got " + compactJournalAbove);
        }
    }

    /** Whether start-up should compact a journal of this many bytes. */
    public boolean compactsJournalOf(long journalBytes) {
        return compactJournalAbove > 0 && journalBytes > compactJournalAbove;
    }

    /** Where delivered mail is kept. */
    public sealed interface Mailboxes {
        /** GreenMail's IMAP server as the store, on this port (0 for any free port). */
        record Local(int imapPort) implements Mailboxes {}

        /** No store here: rebuilt messages are relayed over SMTP to the school's mail server. */
        record Relay(String host, int port) implements Mailboxes {
            public Relay {
                Objects.requireNonNull(host, "host");
            }
        }
    }

    public static Builder builder(Path dataDirectory) {
        return new Builder(dataDirectory);
    }

    public static final class Builder {
        private final Path dataDirectory;
        private int smtpPort = DEFAULT_SMTP_PORT;
        private long maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES;
        private String hostName = "safekiosk.local";
        private Duration smtpIdleTimeout = Duration.ofMinutes(5);
        private Duration mailTokenLifetime = Duration.ofHours(12);
        private Mailboxes mailboxes = new Mailboxes.Local(DEFAULT_IMAP_PORT);
        private long compactJournalAbove = DEFAULT_COMPACT_JOURNAL_ABOVE;

        private Builder(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
        }

        public Builder smtpPort(int port) {
            this.smtpPort = port;
            return this;
        }

        public Builder imapPort(int port) {
            this.mailboxes = new Mailboxes.Local(port);
            return this;
        }

        public Builder relayTo(String host, int port) {
            this.mailboxes = new Mailboxes.Relay(host, port);
            return this;
        }

        public Builder maxMessageBytes(long bytes) {
            this.maxMessageBytes = bytes;
            return this;
        }

        public Builder hostName(String name) {
            this.hostName = name;
            return this;
        }

        public Builder smtpIdleTimeout(Duration timeout) {
            this.smtpIdleTimeout = timeout;
            return this;
        }

        public Builder mailTokenLifetime(Duration lifetime) {
            this.mailTokenLifetime = lifetime;
            return this;
        }

        /** Compact the journal at start-up when it is larger than this; 0 for never. */
        public Builder compactJournalAbove(long bytes) {
            this.compactJournalAbove = bytes;
            return this;
        }

        public GatewayConfig build() {
            return new GatewayConfig(dataDirectory, smtpPort, maxMessageBytes, hostName, smtpIdleTimeout,
                    mailTokenLifetime, mailboxes, compactJournalAbove);
        }
    }
}
