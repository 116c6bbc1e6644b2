package uk.safekiosk.gateway.journal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
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
 */
public final class Journal implements AutoCloseable {

    static final String FILE_NAME = "journal.log";
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private static final int MAGIC = 0x534B4A31; // "SKJ1"
    private static final int HEADER_BYTES = 12;
    private static final int MAX_RECORD_BYTES = 256 * 1024 * 1024;
    private static final int MAX_BATCH = 4096;

    private final Path file;
    private final FileChannel channel;
    private final long replayableBytes;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile IOException failure;
    private volatile boolean closed;

    private Journal(Path file, FileChannel channel, long replayableBytes) {
        this.file = file;
        this.channel = channel;
        this.replayableBytes = replayableBytes;
        this.writer = Thread.ofPlatform().name("journal-writer").daemon().unstarted(this::writeLoop);
    }

    /** Opens (or creates) the journal in {@code directory}, cutting off a torn tail. */
    public static Journal open(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() == null) {
                throw new IOException("Another gateway is using " + file);
            }
            long goodEnd = scan(file, null, Long.MAX_VALUE);
            if (goodEnd < channel.size()) {
                setAsideTornTail(file, channel, goodEnd);
            }
            channel.position(goodEnd);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        Journal journal = new Journal(file, channel, channel.position());
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
        IOException failed = failure;
        if (failed != null) {
            throw new UncheckedIOException("The journal failed earlier", failed);
        }
        if (closed) {
            throw new IllegalStateException("The journal is closed");
        }
        Pending pending = new Pending(frame(EntryCodec.encode(entries)), waited ? new CompletableFuture<>() : null);
        queue.add(pending);
        return pending.done() == null ? CompletableFuture.completedFuture(null) : pending.done();
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.add(Pending.STOP);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
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
