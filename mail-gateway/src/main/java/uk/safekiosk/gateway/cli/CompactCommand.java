package uk.safekiosk.gateway.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import uk.safekiosk.gateway.MailGateway;
import uk.safekiosk.gateway.journal.Compacted;

/**
 * {@code compact --data-dir DIR}: compacts the journal of a stopped gateway, keeping only what is live (see
 * {@link MailGateway#compactJournal}). Fails, changing nothing, while a gateway is using the directory.
 */
final class CompactCommand implements Command {

    private static final String USAGE = "usage: compact --data-dir DIR   (the gateway must be stopped)";

    @Override
    public int run(List<String> args, CliStreams io) {
        if (args.size() != 2 || !args.getFirst().equals("--data-dir")) {
            io.err().println(USAGE);
            return GatewayCli.USAGE;
        }
        Path dataDir = Path.of(args.get(1));
        if (!Files.isRegularFile(dataDir.resolve("journal").resolve("journal.log"))) {
            io.err().println("compact: no gateway journal in " + dataDir);
            return GatewayCli.USAGE;
        }
        try {
            Compacted done = MailGateway.compactJournal(dataDir);
            io.out().printf(Locale.ROOT, "Journal compacted: %,d bytes before, %,d after; %,d entries kept%n",
                    done.bytesBefore(), done.bytesAfter(), done.entries());
            return GatewayCli.OK;
        } catch (IOException | RuntimeException e) {
            io.err().println("compact: " + e.getMessage());
            return GatewayCli.FAILED;
        }
    }
}
