package uk.safekiosk.gateway.journal;

import jakarta.mail.Flags;
import java.util.Arrays;
import java.util.List;

/**
 * The IMAP flags of a stored message that must survive a restart: the system flags as bits, user keywords by name.
 * \Recent is left out on purpose: it means "new since the last session" and is not durable by definition.
 */
public record StoredFlags(int system, List<String> keywords) {

    private static final Flags.Flag[] SYSTEM = {
        Flags.Flag.ANSWERED, Flags.Flag.DELETED, Flags.Flag.DRAFT, Flags.Flag.FLAGGED, Flags.Flag.SEEN
    };

    public static final StoredFlags NONE = new StoredFlags(0, List.of());

    public StoredFlags {
        keywords = keywords.stream().sorted().distinct().toList();
    }

    public static StoredFlags of(Flags flags) {
        int bits = 0;
        for (int i = 0; i < SYSTEM.length; i++) {
            if (flags.contains(SYSTEM[i])) {
                bits |= 1 << i;
            }
        }
        return new StoredFlags(bits, Arrays.asList(flags.getUserFlags()));
    }

    public Flags toFlags() {
        Flags flags = new Flags();
        for (int i = 0; i < SYSTEM.length; i++) {
            if ((system & (1 << i)) != 0) {
                flags.add(SYSTEM[i]);
            }
        }
        keywords.forEach(flags::add);
        return flags;
    }
}
