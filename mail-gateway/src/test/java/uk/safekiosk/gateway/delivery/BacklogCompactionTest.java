package uk.safekiosk.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.safekiosk.gateway.journal.HeldOutcome;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.journal.JournalEntry.Accepted;
import uk.safekiosk.gateway.journal.JournalEntry.Dispatched;
import uk.safekiosk.gateway.journal.JournalEntry.HeldResolved;
import uk.safekiosk.gateway.journal.VerdictKind;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;

/**
 * Property: for random histories of accepted, blocked, held, released, returned and delivered messages, the
 * compacted journal rebuilds the same backlog (same deliveries to do, in the same order, same held messages), also
 * when mail goes on arriving after a compaction.
 */
class BacklogCompactionTest {

    private static final int HISTORIES = 200;
    private static final int ROUNDS = 4;
    private static final int STEPS_PER_ROUND = 60;

    @Test
    void replayingTheLiveEntriesRebuildsTheSameBacklogForRandomHistories() {
        for (long seed = 1; seed <= HISTORIES; seed++) {
            History history = new History(new Random(seed));
            List<JournalEntry> whole = new ArrayList<>();
            List<JournalEntry> compacted = List.of();
            for (int round = 0; round < ROUNDS; round++) {
                List<JournalEntry> steps = history.steps(STEPS_PER_ROUND);
                whole.addAll(steps);
                compacted = replay(Stream.concat(compacted.stream(), steps.stream()).toList()).liveEntries().toList();
                Backlog expected = replay(whole);
                Backlog actual = replay(compacted);

                String context = "seed " + seed + ", round " + round;
                assertThat(actual.pending().stream().map(BacklogCompactionTest::inFull)).as(context)
                        .containsExactlyElementsOf(expected.pending().stream().map(BacklogCompactionTest::inFull)
                                .toList());
                assertThat(actual.held().stream().map(BacklogCompactionTest::inFull)).as(context)
                        .containsExactlyElementsOf(expected.held().stream().map(BacklogCompactionTest::inFull)
                                .toList());
                assertThat(compacted).as(context).noneMatch(e -> e instanceof Dispatched
                        || e instanceof Accepted a && a.verdict() == VerdictKind.BLOCK);
            }
        }
    }

    @Test
    void keepsOnlyWhatIsStillToDo() {
        List<JournalEntry> journal = List.of(
                accepted("delivered", VerdictKind.DELIVER), new Dispatched("delivered"),
                accepted("blocked", VerdictKind.BLOCK),
                accepted("returned", VerdictKind.HOLD), resolved("returned", HeldOutcome.RETURNED),
                accepted("released", VerdictKind.ESCALATE), resolved("released", HeldOutcome.RELEASED),
                accepted("waiting", VerdictKind.DELIVER),
                accepted("held", VerdictKind.HOLD));

        List<JournalEntry> live = replay(journal).liveEntries().toList();

        assertThat(live).extracting(BacklogCompactionTest::describe)
                .containsExactly("Accepted released ESCALATE", "HeldResolved released RELEASED",
                        "Accepted waiting DELIVER", "Accepted held HOLD");
    }

    /** Every field, message bytes in hex, so that long lists compare quickly. */
    private static String inFull(Backlog.Pending pending) {
        return inFull(pending.accepted()) + " " + pending.release();
    }

    private static String inFull(Accepted a) {
        return String.join(" ", a.id(), a.at().toString(), a.sender(), a.recipients().toString(), a.subject(),
                a.verdict().name(), a.findings().toString(), a.explanation(), HexFormat.of().formatHex(a.rfc822()));
    }

    private static String describe(JournalEntry entry) {
        return switch (entry) {
            case Accepted a -> "Accepted " + a.id() + " " + a.verdict();
            case HeldResolved r -> "HeldResolved " + r.id() + " " + r.outcome();
            default -> entry.toString();
        };
    }

    private static Backlog replay(List<JournalEntry> entries) {
        Backlog backlog = new Backlog();
        entries.forEach(backlog::replay);
        return backlog;
    }

    private static Accepted accepted(String id, VerdictKind verdict) {
        List<Finding> findings = verdict == VerdictKind.DELIVER
                ? List.of() : List.of(Finding.fact(ReasonCode.OFFENSIVE, "offensive", "word"));
        return new Accepted(id, Instant.ofEpochSecond(id.hashCode() & 0xffff), "ada@s", List.of("ben@s"), "s " + id,
                verdict, findings, "explained", ("body of " + id).getBytes(StandardCharsets.UTF_8));
    }

    private static HeldResolved resolved(String id, HeldOutcome outcome) {
        return new HeldResolved(id, outcome, "tan@s", Instant.EPOCH);
    }

    /** A random flow of mail as the SMTP front, the dispatcher and staff would journal it. */
    private static final class History {
        private static final VerdictKind[] VERDICTS = VerdictKind.values();

        private final Random random;
        private final List<String> undelivered = new ArrayList<>();
        private final List<String> held = new ArrayList<>();
        private int lastId;

        History(Random random) {
            this.random = random;
        }

        List<JournalEntry> steps(int count) {
            List<JournalEntry> entries = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int dice = random.nextInt(100);
                if (dice < 45) {
                    String id = "m" + ++lastId;
                    VerdictKind verdict = VERDICTS[random.nextInt(VERDICTS.length)];
                    entries.add(accepted(id, verdict));
                    if (verdict == VerdictKind.DELIVER) {
                        undelivered.add(id);
                    } else if (verdict.isHeld()) {
                        held.add(id);
                    }
                } else if (dice < 75 && !undelivered.isEmpty()) {
                    entries.add(new Dispatched(undelivered.remove(random.nextInt(undelivered.size()))));
                } else if (dice < 95 && !held.isEmpty()) {
                    String id = held.remove(random.nextInt(held.size()));
                    HeldOutcome outcome = random.nextBoolean() ? HeldOutcome.RELEASED : HeldOutcome.RETURNED;
                    entries.add(resolved(id, outcome));
                    if (outcome == HeldOutcome.RELEASED) {
                        undelivered.add(id);
                    }
                } else {
                    // A decision on a message no longer held (two staff screens at once): replay must ignore it.
                    String id = "m" + (1 + random.nextInt(Math.max(1, lastId)));
                    if (!held.contains(id)) {
                        entries.add(resolved(id, HeldOutcome.RELEASED));
                    }
                }
            }
            return entries;
        }
    }
}
