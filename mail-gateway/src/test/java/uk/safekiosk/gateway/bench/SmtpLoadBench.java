package uk.safekiosk.gateway.bench;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import uk.safekiosk.gateway.GatewayConfig;
import uk.safekiosk.gateway.MailGateway;
import uk.safekiosk.gateway.events.GatewayEvent;
import uk.safekiosk.gateway.roster.Member;
import uk.safekiosk.gateway.roster.Role;
import uk.safekiosk.gateway.roster.Roster;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.parse.MimeMessageParser;
import uk.safekiosk.gateway.policy.PolicyChain;

/**
 * SMTP load benchmark, run on demand (never as a unit test). Starts the gateway, with the real MIME parser and policy
 * chain, on loopback with a fresh data
 * directory (journal fsync'd as in production), then sends messages over several SMTP connections with Jakarta Mail,
 * each connection logged on as a different pupil with a kiosk token, writing to classmates round-robin. Reports
 * accepted messages/s, delivered messages/s, and percentiles of send→250 and 250→in-mailbox latency ("in mailbox" is
 * the gateway's Delivered event, fired once the rebuilt message is in GreenMail).
 *
 * <pre>
 * ./mvnw -B -q -pl content,mail-gateway test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp "mail-gateway/target/test-classes:mail-gateway/target/classes:content/target/classes:$(cat mail-gateway/target/bench.cp)" \
 *     uk.safekiosk.gateway.bench.SmtpLoadBench [messages=10000] [connections=8] [warm-up=1000]
 * </pre>
 */
public final class SmtpLoadBench {

    private static final int RECIPIENTS = 30;

    private SmtpLoadBench() {}

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Path dataDir = Files.createTempDirectory("gateway-bench");
        BenchSchool school = new BenchSchool(connections);
        Map<String, Long> deliveredAt = new ConcurrentHashMap<>();
        Semaphore delivered = new Semaphore(0);
        MailGateway gateway = MailGateway.builder(GatewayConfig.builder(dataDir).smtpPort(0).imapPort(0).build())
                .roster(school)
                .parser(new MimeMessageParser())
                .policy(PolicyChain.fromContent(ContentSource.defaults()))
                .listener(event -> {
                    if (event instanceof GatewayEvent.Delivered d) {
                        deliveredAt.put(d.message().subject(), System.nanoTime());
                        delivered.release();
                    }
                })
                .build()
                .start();
        try {
            System.out.printf("Gateway on SMTP port %d, data in %s%n", gateway.smtpPort(), dataDir);
            run(gateway, school, connections, warmUp, "warm", deliveredAt, delivered);
            Result result = run(gateway, school, connections, messages, "run", deliveredAt, delivered);
            result.print(messages, connections);
            System.out.printf("Journal size: %.1f MB%n",
                    Files.size(dataDir.resolve("journal").resolve("journal.log")) / 1e6);
        } finally {
            gateway.close();
        }
    }

    private static Result run(MailGateway gateway, BenchSchool school, int connections, int messages, String tag,
            Map<String, Long> deliveredAt, Semaphore delivered) throws Exception {
        int perConnection = messages / connections;
        long[] sendNanos = new long[perConnection * connections];
        long[] acceptedAt = new long[sendNanos.length];
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(connections)) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int connection = c;
                done.add(pool.submit(() -> {
                    String sender = school.sender(connection);
                    String token = gateway.mailTokens().issue(sender).secret();
                    Session session = Session.getInstance(new Properties());
                    try (Transport transport = session.getTransport("smtp")) {
                        transport.connect("127.0.0.1", gateway.smtpPort(), sender, token);
                        for (int i = 0; i < perConnection; i++) {
                            int slot = connection * perConnection + i;
                            MimeMessage message = new MimeMessage(session);
                            message.setFrom(new InternetAddress(sender));
                            message.setRecipient(Message.RecipientType.TO,
                                    new InternetAddress(school.recipient(slot)));
                            message.setSubject(tag + "-" + slot);
                            message.setText("Hello from the benchmark, message " + slot + ". See you at lunch!");
                            message.saveChanges();
                            long t0 = System.nanoTime();
                            transport.sendMessage(message, message.getAllRecipients());
                            acceptedAt[slot] = System.nanoTime();
                            sendNanos[slot] = acceptedAt[slot] - t0;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        long allAccepted = System.nanoTime();
        if (!delivered.tryAcquire(sendNanos.length, 5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Not every message was delivered within 5 minutes");
        }
        long[] toMailbox = new long[sendNanos.length];
        long lastDelivered = 0;
        for (int i = 0; i < sendNanos.length; i++) {
            long deliveredNanos = deliveredAt.get(tag + "-" + i);
            toMailbox[i] = deliveredNanos - acceptedAt[i];
            lastDelivered = Math.max(lastDelivered, deliveredNanos);
        }
        return new Result(start, allAccepted, lastDelivered, sendNanos, toMailbox);
    }

    private record Result(long start, long allAccepted, long lastDelivered, long[] sendNanos, long[] toMailbox) {
        void print(int messages, int connections) {
            double acceptSeconds = (allAccepted - start) / 1e9;
            double deliverSeconds = (lastDelivered - start) / 1e9;
            System.out.printf("%d messages over %d connections%n", sendNanos.length, connections);
            System.out.printf("accepted (250): %.0f msg/s (%.2f s)%n", sendNanos.length / acceptSeconds, acceptSeconds);
            System.out.printf("in mailbox:     %.0f msg/s (%.2f s)%n", sendNanos.length / deliverSeconds,
                    deliverSeconds);
            System.out.printf("send -> 250:        p50 %.2f ms, p99 %.2f ms%n", pct(sendNanos, 50), pct(sendNanos, 99));
            System.out.printf("250 -> in mailbox:  p50 %.2f ms, p99 %.2f ms%n", pct(toMailbox, 50), pct(toMailbox, 99));
            long[] total = new long[sendNanos.length];
            Arrays.setAll(total, i -> sendNanos[i] + toMailbox[i]);
            System.out.printf("send -> in mailbox: p50 %.2f ms, p99 %.2f ms%n", pct(total, 50), pct(total, 99));
        }

        private static double pct(long[] values, int percentile) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    /** One class: a sender pupil per connection and {@value #RECIPIENTS} classmates to write to. */
    private static final class BenchSchool implements Roster {
        private final Map<String, Member> members = new java.util.LinkedHashMap<>();

        BenchSchool(int senders) {
            for (int i = 0; i < senders; i++) {
                add(new Member(sender(i), "Sender " + i, Role.PUPIL, Set.of("bench")));
            }
            for (int i = 0; i < RECIPIENTS; i++) {
                add(new Member(recipient(i), "Pupil " + i, Role.PUPIL, Set.of("bench")));
            }
        }

        private void add(Member member) {
            members.put(member.address(), member);
        }

        String sender(int connection) {
            return "sender" + connection + "@bench.test";
        }

        String recipient(int slot) {
            return "pupil" + (slot % RECIPIENTS) + "@bench.test";
        }

        @Override
        public Optional<Member> find(String address) {
            return Optional.ofNullable(members.get(Member.normalise(address)));
        }

        @Override
        public List<Member> members() {
            return List.copyOf(members.values());
        }
    }
}
