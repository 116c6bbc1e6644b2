package uk.safekiosk.gateway.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.GatewayConfig;
import uk.safekiosk.gateway.MailGateway;
import uk.safekiosk.gateway.message.MessageParser;
import uk.safekiosk.gateway.policy.Policy;
import uk.safekiosk.gateway.roster.CsvRoster;

/**
 * {@code serve}: runs the gateway stand-alone until the process is stopped.
 *
 * <pre>
 * serve --data-dir DIR --roster FILE [--smtp-port 2525] [--imap-port 1143 | --relay HOST:PORT]
 *       [--max-message-bytes 1048576] [--host-name NAME] [--compact-journal-above-mb 64]
 * </pre>
 *
 * The roster file's format is described in {@link CsvRoster}; members log on with the password hashed there.
 */
public final class ServeCommand {

    static final String USAGE = """
            usage: serve --data-dir DIR --roster FILE [--smtp-port PORT] [--imap-port PORT | --relay HOST:PORT]
                         [--max-message-bytes N] [--host-name NAME] [--compact-journal-above-mb N]
              --data-dir           where the journal is kept (created if missing)
              --roster             CSV of members: address,display name,role,classes,password hash
              --smtp-port          SMTP port on 127.0.0.1 (default 2525)
              --imap-port          IMAP port of the built-in mailbox store on 127.0.0.1 (default 1143)
              --relay              instead of the built-in store, relay rebuilt mail to this SMTP server
              --max-message-bytes  largest message accepted (default 1048576)
              --host-name          name used in the SMTP greeting and Message-IDs (default safekiosk.local)
              --compact-journal-above-mb
                                   at start-up, compact a journal larger than this (default 64; 0 = never)""";

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(40);

    private final MessageParser parser;
    private final Policy policy;

    public ServeCommand(MessageParser parser, Policy policy) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Serves until the JVM is asked to stop (Ctrl-C, SIGTERM); returns 2 for bad options, 1 if it cannot start. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CompletableFuture<Void> stop = new CompletableFuture<>();
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = Thread.ofPlatform().name("gateway-shutdown").unstarted(() -> {
            stop.complete(null);
            try {
                closed.await(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run(args, out, err, stop);
        } finally {
            closed.countDown();
        }
    }

    /** Serves until {@code stop} completes. */
    int run(List<String> args, PrintStream out, PrintStream err, CompletableFuture<?> stop) {
        GatewayConfig config;
        CsvRoster roster;
        try {
            Options options = Options.parse(args);
            config = options.config();
            roster = CsvRoster.read(options.roster());
        } catch (IllegalArgumentException e) {
            err.println("serve: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("serve: cannot read the roster: " + e.getMessage());
            return 2;
        }
        MailGateway gateway = MailGateway.builder(config)
                .roster(roster)
                .credentials(roster)
                .parser(parser)
                .policy(policy)
                .content(ContentSource.withSchoolOverrides(config.dataDirectory()))
                .build();
        try (gateway) {
            gateway.start();
            String mailboxes = switch (config.mailboxes()) {
                case GatewayConfig.Mailboxes.Local local -> "IMAP on 127.0.0.1:" + gateway.imapPort().orElseThrow();
                case GatewayConfig.Mailboxes.Relay relay -> "relaying to " + relay.host() + ":" + relay.port();
            };
            out.println("Mail gateway serving " + roster.members().size() + " members: SMTP on 127.0.0.1:"
                    + gateway.smtpPort() + ", " + mailboxes);
            out.flush();
            stop.join();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("serve: cannot start the gateway: " + e.getMessage());
            return 1;
        }
    }

    private record Options(Path roster, GatewayConfig.Builder builder) {

        GatewayConfig config() {
            return builder.build();
        }

        static Options parse(List<String> args) {
            Path dataDir = null;
            Path roster = null;
            Integer smtpPort = null;
            Integer imapPort = null;
            String relay = null;
            Long maxBytes = null;
            String hostName = null;
            Long compactAboveMb = null;
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args.get(++i);
                switch (option) {
                    case "--data-dir" -> dataDir = Path.of(value);
                    case "--roster" -> roster = Path.of(value);
                    case "--smtp-port" -> smtpPort = port(option, value);
                    case "--imap-port" -> imapPort = port(option, value);
                    case "--relay" -> relay = value;
                    case "--max-message-bytes" -> maxBytes = number(option, value);
                    case "--host-name" -> hostName = value;
                    case "--compact-journal-above-mb" -> compactAboveMb = number(option, value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (dataDir == null || roster == null) {
                throw new IllegalArgumentException("--data-dir and --roster are required");
            }
            if (relay != null && imapPort != null) {
                throw new IllegalArgumentException("--relay and --imap-port cannot be used together");
            }
            GatewayConfig.Builder builder = GatewayConfig.builder(dataDir);
            if (smtpPort != null) {
                builder.smtpPort(smtpPort);
            }
            if (imapPort != null) {
                builder.imapPort(imapPort);
            }
            if (relay != null) {
                int colon = relay.lastIndexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("--relay needs HOST:PORT, got " + relay);
                }
                builder.relayTo(relay.substring(0, colon), port("--relay", relay.substring(colon + 1)));
            }
            if (maxBytes != null) {
                builder.maxMessageBytes(maxBytes);
            }
            if (hostName != null) {
                builder.hostName(hostName);
            }
            if (compactAboveMb != null) {
                builder.compactJournalAbove(compactAboveMb * 1024 * 1024);
            }
            return new Options(roster, builder);
        }

        private static int port(String option, String value) {
            long port = number(option, value);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(option + " must be a port number, got " + value);
            }
            return (int) port;
        }

        private static long number(String option, String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a number, got " + value, e);
            }
        }
    }
}
