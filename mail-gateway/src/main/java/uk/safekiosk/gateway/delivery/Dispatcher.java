package uk.safekiosk.gateway.delivery;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.safekiosk.gateway.events.GatewayEvent;
import uk.safekiosk.gateway.events.MessageSummary;
import uk.safekiosk.gateway.journal.Journal;
import uk.safekiosk.gateway.journal.JournalEntry;
import uk.safekiosk.gateway.message.MessageView;

/**
 * Delivers accepted messages one at a time, in the order they were accepted, on its own thread, so an SMTP session
 * never waits for a mailbox. A failed delivery is tried again with growing pauses; one still pending at shut-down is
 * redone at the next start, because only a delivered message gets its {@link JournalEntry.Dispatched} entry.
 */
final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofMinutes(5);
    private static final Duration DRAIN_TIME = Duration.ofSeconds(30);

    private final Journal journal;
    private final MailboxSink sink;
    private final Reconstruction reconstruction;
    private final Events events;
    private final ScheduledThreadPoolExecutor executor;

    Dispatcher(Journal journal, MailboxSink sink, Reconstruction reconstruction, Events events) {
        this.journal = journal;
        this.sink = sink;
        this.reconstruction = reconstruction;
        this.events = events;
        this.executor = new ScheduledThreadPoolExecutor(1, runnable -> Thread.ofPlatform()
                .name("mail-delivery")
                .daemon()
                .unstarted(runnable));
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    void submit(MessageSummary message, MessageView view) {
        schedule(new Job(message, view), Duration.ZERO, 0);
    }

    private void schedule(Job job, Duration delay, int attempt) {
        try {
            executor.schedule(() -> run(job, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.info("Gateway stopping; message {} will be delivered at the next start", job.message().id());
        }
    }

    private void run(Job job, int attempt) {
        MessageSummary m = job.message();
        try {
            byte[] rebuilt = reconstruction.rebuild(m.id(), m.sender(), m.recipients(), job.view());
            sink.deliver(new OutboundMessage(m.id(), m.sender(), m.recipients(), rebuilt));
            journal.appendLater(new JournalEntry.Dispatched(m.id()));
            events.publish(new GatewayEvent.Delivered(m));
        } catch (Exception e) {
            Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempt, 16));
            delay = delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
            LOG.warn("Delivering message {} failed (attempt {}); trying again in {}", m.id(), attempt + 1, delay, e);
            schedule(job, delay, attempt + 1);
        }
    }

    /** Finishes what is queued now (not retries waiting for later), then stops. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(DRAIN_TIME.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Deliveries still running after {}; they are redone at the next start", DRAIN_TIME);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private record Job(MessageSummary message, MessageView view) {}
}
