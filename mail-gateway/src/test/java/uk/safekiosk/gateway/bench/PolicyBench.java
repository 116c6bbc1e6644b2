package uk.safekiosk.gateway.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.policy.PolicyChain;
import uk.safekiosk.gateway.policy.Verdict;

/**
 * On-demand throughput check (not a unit test): evaluates the dev corpus and the gateway's own corpus over and over
 * on one thread, after a warm-up, and prints messages per second. Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -pl content,mail-gateway test -DskipTests -Pbench [-Dshared.dir=../../shared]
 * </pre>
 *
 * (the {@code bench} profile in {@code mail-gateway/pom.xml} runs this class with the test class path;
 * {@code shared.dir} is relative to {@code mail-gateway/} and defaults to {@code ../../shared}.)
 */
public final class PolicyBench {

    private static final long WARM_UP_NANOS = 5_000_000_000L;
    private static final long MEASURE_NANOS = 10_000_000_000L;
    private static final int ROUNDS = 3;

    private PolicyBench() {
    }

    public static void main(String[] args) throws IOException {
        Path moduleDir = Files.isDirectory(Path.of("mail-gateway")) ? Path.of("mail-gateway") : Path.of(".");
        Path shared = moduleDir.resolve(System.getProperty("shared.dir", "../../shared"));
        List<MessageView> messages = new ArrayList<>();
        messages.addAll(read(shared.resolve("corpora/messages-dev.jsonl")));
        messages.addAll(read(moduleDir.resolve("src/test/resources/own-messages.jsonl")));
        if (messages.isEmpty()) {
            throw new IllegalStateException("no corpus found under " + shared.toAbsolutePath() + " or " + moduleDir);
        }
        PolicyChain chain = PolicyChain.fromContent(ContentSource.defaults());
        System.out.printf("corpus: %d messages; warming up for %d s%n", messages.size(), WARM_UP_NANOS / 1_000_000_000);
        run(chain, messages, WARM_UP_NANOS);
        for (int round = 1; round <= ROUNDS; round++) {
            Result r = run(chain, messages, MEASURE_NANOS);
            System.out.printf(Locale.ROOT,
                    "round %d: %,.0f messages/s on one thread, %,.0f per CPU-second of that thread (%d messages, "
                            + "%d stopped)%n",
                    round, r.evaluated() / (r.nanos() / 1e9), r.evaluated() / (r.cpuNanos() / 1e9), r.evaluated(),
                    r.stopped());
        }
    }

    /** {@code cpuNanos} is the benchmark thread's own CPU time: on a shared machine it is the fairer figure. */
    private record Result(long evaluated, long stopped, long nanos, long cpuNanos) {
    }

    private static Result run(PolicyChain chain, List<MessageView> messages, long forNanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long evaluated = 0;
        long stopped = 0;
        long now = start;
        while (now - start < forNanos) {
            for (MessageView message : messages) {
                stopped += chain.evaluate(message) instanceof Verdict.Deliver ? 0 : 1;
            }
            evaluated += messages.size();
            now = System.nanoTime();
        }
        return new Result(evaluated, stopped, now - start, threads.getCurrentThreadCpuTime() - cpuStart);
    }

    private static List<MessageView> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            System.out.println("skipping missing " + file);
            return List.of();
        }
        JsonMapper json = JsonMapper.builder().build();
        List<MessageView> messages = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                messages.add(MessageView.ofPlainText("pupil@school", List.of("friend@school"),
                        node.path("subject").asString(""), node.path("body").asString("")));
            }
        }
        return messages;
    }
}
