package uk.safekiosk.gateway.journal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.safekiosk.gateway.journal.JournalEntry.Accepted;
import uk.safekiosk.gateway.journal.JournalEntry.Delivered;
import uk.safekiosk.gateway.journal.JournalEntry.Dispatched;
import uk.safekiosk.gateway.journal.JournalEntry.Expunged;
import uk.safekiosk.gateway.journal.JournalEntry.FlagsChanged;
import uk.safekiosk.gateway.journal.JournalEntry.Folder;
import uk.safekiosk.gateway.journal.JournalEntry.FolderLayout;
import uk.safekiosk.gateway.journal.JournalEntry.HeldResolved;
import uk.safekiosk.gateway.journal.JournalEntry.MailboxAppended;
import uk.safekiosk.gateway.journal.JournalEntry.Origin;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;

/** Binary form of a batch of entries (one journal record). Enum values are written by name so reordering is safe. */
final class EntryCodec {

    private static final byte ACCEPTED = 1;
    private static final byte DISPATCHED = 2;
    private static final byte HELD_RESOLVED = 3;
    private static final byte MAILBOX_APPENDED = 4;
    private static final byte FLAGS_CHANGED = 5;
    private static final byte EXPUNGED = 6;
    private static final byte FOLDER_LAYOUT = 7;
    private static final byte DELIVERED = 8;

    private EntryCodec() {}

    static byte[] encode(List<JournalEntry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(entries.size());
            for (JournalEntry entry : entries) {
                write(out, entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static List<JournalEntry> decode(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        int count = in.readInt();
        List<JournalEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(read(in));
        }
        if (in.available() != 0) {
            throw new IOException("Journal record has " + in.available() + " bytes after its entries");
        }
        return entries;
    }

    private static void write(DataOutputStream out, JournalEntry entry) throws IOException {
        switch (entry) {
            case Accepted a -> {
                out.writeByte(ACCEPTED);
                writeString(out, a.id());
                writeInstant(out, a.at());
                writeString(out, a.sender());
                writeStrings(out, a.recipients());
                writeString(out, a.subject());
                writeString(out, a.verdict().name());
                out.writeInt(a.findings().size());
                for (Finding f : a.findings()) {
                    writeString(out, f.reason().name());
                    writeString(out, f.ruleId());
                    writeString(out, f.origin() == null ? "" : f.origin().name());
                    out.writeInt(f.start());
                    out.writeInt(f.end());
                    writeString(out, f.matched());
                }
                writeString(out, a.explanation());
                writeBytes(out, a.rfc822());
            }
            case Dispatched d -> {
                out.writeByte(DISPATCHED);
                writeString(out, d.id());
            }
            case HeldResolved h -> {
                out.writeByte(HELD_RESOLVED);
                writeString(out, h.id());
                writeString(out, h.outcome().name());
                writeString(out, h.by());
                writeInstant(out, h.at());
            }
            case MailboxAppended m -> {
                out.writeByte(MAILBOX_APPENDED);
                out.writeLong(m.key());
                out.writeLong(m.folderId());
                writeInstant(out, m.internalDate());
                writeFlags(out, m.flags());
                out.writeBoolean(m.origin().isPresent());
                if (m.origin().isPresent()) {
                    writeString(out, m.origin().get().messageId());
                    writeString(out, m.origin().get().recipient());
                }
                writeBytes(out, m.rfc822());
            }
            case Delivered d -> {
                out.writeByte(DELIVERED);
                writeString(out, d.origin().messageId());
                writeString(out, d.origin().recipient());
            }
            case FlagsChanged f -> {
                out.writeByte(FLAGS_CHANGED);
                out.writeLong(f.key());
                writeFlags(out, f.flags());
            }
            case Expunged x -> {
                out.writeByte(EXPUNGED);
                out.writeLong(x.key());
            }
            case FolderLayout l -> {
                out.writeByte(FOLDER_LAYOUT);
                writeString(out, l.account());
                out.writeInt(l.folders().size());
                for (Folder f : l.folders()) {
                    out.writeLong(f.id());
                    writeString(out, f.path());
                    out.writeBoolean(f.selectable());
                    out.writeBoolean(f.subscribed());
                }
            }
        }
    }

    private static JournalEntry read(DataInputStream in) throws IOException {
        byte type = in.readByte();
        return switch (type) {
            case ACCEPTED -> {
                String id = readString(in);
                Instant at = readInstant(in);
                String sender = readString(in);
                List<String> recipients = readStrings(in);
                String subject = readString(in);
                VerdictKind verdict = VerdictKind.valueOf(readString(in));
                int findingCount = in.readInt();
                List<Finding> findings = new ArrayList<>(findingCount);
                for (int i = 0; i < findingCount; i++) {
                    ReasonCode reason = ReasonCode.valueOf(readString(in));
                    String ruleId = readString(in);
                    String origin = readString(in);
                    int start = in.readInt();
                    int end = in.readInt();
                    String matched = readString(in);
                    findings.add(new Finding(
                            reason, ruleId, origin.isEmpty() ? null : TextOrigin.valueOf(origin), start, end, matched));
                }
                String explanation = readString(in);
                yield new Accepted(id, at, sender, recipients, subject, verdict, findings, explanation, readBytes(in));
            }
            case DISPATCHED -> new Dispatched(readString(in));
            case HELD_RESOLVED -> new HeldResolved(
                    readString(in), HeldOutcome.valueOf(readString(in)), readString(in), readInstant(in));
            case MAILBOX_APPENDED -> {
                long key = in.readLong();
                long folderId = in.readLong();
                Instant date = readInstant(in);
                StoredFlags flags = readFlags(in);
                Optional<Origin> origin =
                        in.readBoolean() ? Optional.of(new Origin(readString(in), readString(in))) : Optional.empty();
                yield new MailboxAppended(key, folderId, date, flags, origin, readBytes(in));
            }
            case DELIVERED -> new Delivered(new Origin(readString(in), readString(in)));
            case FLAGS_CHANGED -> new FlagsChanged(in.readLong(), readFlags(in));
            case EXPUNGED -> new Expunged(in.readLong());
            case FOLDER_LAYOUT -> {
                String account = readString(in);
                int count = in.readInt();
                List<Folder> folders = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    folders.add(new Folder(in.readLong(), readString(in), in.readBoolean(), in.readBoolean()));
                }
                yield new FolderLayout(account, folders);
            }
            default -> throw new IOException("Unknown journal entry type " + type);
        };
    }

    private static void writeFlags(DataOutputStream out, StoredFlags flags) throws IOException {
        out.writeInt(flags.system());
        writeStrings(out, flags.keywords());
    }

    private static StoredFlags readFlags(DataInputStream in) throws IOException {
        return new StoredFlags(in.readInt(), readStrings(in));
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            writeString(out, s);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(readString(in));
        }
        return strings;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("Bad length " + length + " in journal record");
        }
        return in.readNBytes(length);
    }
}
