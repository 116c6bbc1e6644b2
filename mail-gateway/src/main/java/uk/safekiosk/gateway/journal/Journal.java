package uk.safekiosk.gateway.journal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only, fsync'd log of {@link JournalEntry} batches: the gateway's only durable state.
 *
 * <p>Each record is {@code magic, length, CRC32C, payload}. On open, the log is checked; the first record that is
 * incomplete or fails its CRC ends it (a write torn by a crash or power cut): it and anything after it are copied aside
 * to {@code journal.log.torn-OFFSET} and cut off, so new records follow the last good one. {@link #replay} then hands
 * every good entry, in order, to whoever rebuilds state from it.
 *
 * <p>Group commit: callers hand records to one writer thread, which writes everything waiting and then calls
 * {@code force(true)} once, so concurrent SMTP sessions share an fsync. {@link #append} returns only once its record is
 * on disk; {@link #appendLater} queues a record in the same order without waiting (for facts that a crash may lose
 * because they can be redone, e.g. "delivered").
 *
 * <p>{@link #compact} replaces the log with one holding only what is still live. The lock that keeps a second gateway
 * out is on {@code journal.lock}, not on the log itself, because compaction puts a new file in the log's place.
 */
public final class Journal implements AutoCloseable {

    static final String FILE_NAME = "journal.log";
    static final String COMPACTING_NAME = FILE_NAME + ".compacting";
    static final String LOCK_NAME = "journal.lock";
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private static final int MAGIC = 0x534B4A31; // "SKJ1"
    private static final int HEADER_BYTES = 12;
    private static final int MAX_RECORD_BYTES = 256 * 1024 * 1024;
    private static final int MAX_BATCH = 4096;

    private final Path file;
    private final FileChannel lock;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    /** Held while queueing a record and while compacting, so nothing is queued between the check and the swap. */
    private final Object appending = new Object();
    private volatile FileChannel channel;
    private volatile long replayableBytes;
    private boolean appended;
    private volatile IOException failure;
    private volatile boolean closed;

    private Journal(Path file, FileChannel lock, FileChannel channel, long replayableBytes) {
        this.file = file;
        this.lock = lock;
        this.channel = channel;
        this.replayableBytes = replayableBytes;
        this.writer = Thread.ofPlatform().name("journal-writer").daemon().unstarted(this::writeLoop);
    }

    /**
     * Opens (or creates) the journal in {@code directory}, cutting off a torn tail and deleting what a compaction cut
     * short by a crash left behind.
     */
    public static Journal open(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(FILE_NAME);
        FileChannel lock = FileChannel.open(
                directory.resolve(LOCK_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileChannel channel = null;
        try {
            if (lock.tryLock() == null) {
                throw new IOException("Another gateway is using " + file);
            }
            if (Files.deleteIfExists(directory.resolve(COMPACTING_NAME))) {
                LOG.warn("A journal compaction in {} was cut short; the journal is as it was before it", directory);
            }
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long goodEnd = scan(file, null, Long.MAX_VALUE);
            if (goodEnd < channel.size()) {
                setAsideTornTail(file, channel, goodEnd);
            }
            channel.position(goodEnd);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            lock.close();
            throw e;
        }
        Journal journal = new Journal(file, lock, channel, channel.position());
        journal.writer.start();
        return journal;
    }

    /** Hands every entry that was on disk when the journal was opened to {@code consumer}, in order. */
    public void replay(Consumer<JournalEntry> consumer) throws IOException {
        long end = scan(file, consumer, replayableBytes);
        if (end != replayableBytes) {
            throw new IOException("Journal " + file + " changed under the gateway while replaying");
        }
    }

    public Path file() {
        return file;
    }

    /** Bytes in the log now. */
    public long size() throws IOException {
        return channel.size();
    }

    /**
     * Replaces the log with one holding only {@code live}, entries that rebuild the same state as everything on disk
     * now. Only allowed before anything is appended (at start-up, straight after {@link #replay}): {@code live} is
     * made from replayed state, so an entry appended since would be lost.
     *
     * <p>Crash-safe: the entries go to {@code journal.log.compacting}, which is synced, then renamed over
     * {@code journal.log} in one atomic step, with the directory synced before and after. A crash before the rename
     * leaves the old log whole (the next {@link #open} deletes the half-made file), one after it the new log. If this
     * throws before the rename, the journal carries on with the old log; after it, the journal refuses further writes.
     */
    public Compacted compact(Stream<? extends JournalEntry> live) throws IOException {
        synchronized (appending) {
            if (closed) {
                throw new IllegalStateException("The journal is closed");
            }
            if (appended) {
                throw new IllegalStateException("Entries were appended since the journal was opened");
            }
            long before = channel.size();
            Path temporary = file.resolveSibling(COMPACTING_NAME);
            long entries;
            try {
                entries = writeAll(temporary, live);
                syncDirectory();
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                LOG.warn("Compacting {} failed; it is left as it was", file);
                throw e;
            }
            try {
                syncDirectory();
                FileChannel compacted = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                compacted.position(compacted.size());
                FileChannel old = channel;
                channel = compacted;
                replayableBytes = compacted.size();
                old.close();
            } catch (IOException e) {
                LOG.error("The compacted journal {} is in place but cannot be opened; the gateway stops accepting mail",
                        file, e);
                failure = e;
                throw e;
            }
            return new Compacted(before, replayableBytes, entries);
        }
    }

    private static long writeAll(Path target, Stream<? extends JournalEntry> entries) throws IOException {
        long count = 0;
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(out), 1 << 20)) {
            Iterator<? extends JournalEntry> it = entries.iterator();
            while (it.hasNext()) {
                buffered.write(frame(EntryCodec.encode(List.of(it.next()))));
                count++;
            }
            buffered.flush();
            out.force(true);
        }
        return count;
    }

    /** Makes a rename (or a new file) in the journal's directory survive a power cut. */
    private void syncDirectory() throws IOException {
        try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    /** Writes the entries as one record (all or none survive a crash) and returns once they are on disk. */
    public void append(JournalEntry... entries) {
        append(List.of(entries));
    }

    public void append(List<JournalEntry> entries) {
        try {
            enqueue(entries, true).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u : new UncheckedIOException(
                    new IOException("Journal write failed", e.getCause()));
        }
    }

    /** Queues the entries behind everything appended so far, without waiting for the disk. */
    public void appendLater(JournalEntry... entries) {
        enqueue(List.of(entries), false);
    }

    private CompletableFuture<Void> enqueue(List<JournalEntry> entries, boolean waited) {
        if (entries.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Pending pending = new Pending(frame(EntryCodec.encode(entries)), waited ? new CompletableFuture<>() : null);
        synchronized (appending) {
            IOException failed = failure;
            if (failed != null) {
                throw new UncheckedIOException("The journal failed earlier", failed);
            }
            if (closed) {
                throw new IllegalStateException("The journal is closed");
            }
            appended = true;
            queue.add(pending);
        }
        return pending.done() == null ? CompletableFuture.completedFuture(null) : pending.done();
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        synchronized (appending) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(Pending.STOP);
        }
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (FileChannel releasing = lock) {
            channel.close();
        } catch (IOException e) {
            LOG.warn("Closing the journal failed", e);
        }
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>();
        boolean stop = false;
        while (!stop) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, MAX_BATCH);
            stop = batch.removeIf(p -> p == Pending.STOP);
            if (!batch.isEmpty()) {
                writeBatch(batch);
            }
        }
    }

    private void writeBatch(List<Pending> batch) {
        try {
            if (failure != null) {
                throw failure;
            }
            ByteBuffer[] buffers = batch.stream().map(p -> ByteBuffer.wrap(p.frame())).toArray(ByteBuffer[]::new);
            long remaining = batch.stream().mapToLong(p -> p.frame().length).sum();
            while (remaining > 0) {
                remaining -= channel.write(buffers);
            }
            channel.force(true);
            batch.forEach(Pending::succeed);
        } catch (IOException e) {
            if (failure == null) {
                LOG.error("Journal write to {} failed; the gateway stops accepting mail", file, e);
                failure = e;
            }
            batch.forEach(p -> p.fail(e));
        }
    }

    private static byte[] frame(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteBuffer frame = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        frame.putInt(MAGIC).putInt(payload.length).putInt((int) crc.getValue()).put(payload);
        return frame.array();
    }

    /**
     * Finds whole, valid records (decoding them for {@code consumer}, if there is one) and returns the offset just
     * after the last one.
     */
    private static long scan(Path file, Consumer<JournalEntry> consumer, long limit) throws IOException {
        long offset = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                DataInputStream in = new DataInputStream(raw)) {
            while (offset < limit) {
                byte[] payload = readRecord(in);
                if (payload == null) {
                    return offset;
                }
                if (consumer != null) {
                    EntryCodec.decode(payload).forEach(consumer);
                }
                offset += HEADER_BYTES + payload.length;
            }
            return offset;
        }
    }

    /** The next record's payload, or null at the end of the log (clean or torn). */
    private static byte[] readRecord(DataInputStream in) throws IOException {
        byte[] header = in.readNBytes(HEADER_BYTES);
        if (header.length < HEADER_BYTES) {
            return null;
        }
        ByteBuffer h = ByteBuffer.wrap(header);
        int magic = h.getInt();
        int length = h.getInt();
        int expectedCrc = h.getInt();
        if (magic != MAGIC || length < 0 || length > MAX_RECORD_BYTES) {
            return null;
        }
        byte[] payload;
        try {
            payload = in.readNBytes(length);
        } catch (EOFException e) {
            return null;
        }
        if (payload.length < length) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return (int) crc.getValue() == expectedCrc ? payload : null;
    }

    private static void setAsideTornTail(Path file, FileChannel channel, long goodEnd) throws IOException {
        Path aside = file.resolveSibling(FILE_NAME + ".torn-" + goodEnd);
        long tail = channel.size() - goodEnd;
        try (FileChannel out = FileChannel.open(aside, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.position(goodEnd);
            out.transferFrom(Channels.newChannel(Channels.newInputStream(channel)), 0, tail);
            out.force(true);
        }
        LOG.warn("Journal {} ends in a torn record at byte {}; {} bytes set aside in {}", file, goodEnd, tail,
                aside.getFileName());
        channel.truncate(goodEnd);
        channel.force(true);
    }

    private record Pending(byte[] frame, CompletableFuture<Void> done) {
        static final Pending STOP = new Pending(new byte[0], null);

        void succeed() {
            if (done != null) {
                done.complete(null);
            }
        }

        void fail(IOException e) {
            if (done != null) {
                done.completeExceptionally(new UncheckedIOException("Journal write failed", e));
            }
        }
    }
}
