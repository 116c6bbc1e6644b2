package uk.safekiosk.gateway.cli;

import java.util.List;

/** One {@code gateway} subcommand. Returns the process exit code. */
@FunctionalInterface
interface Command {
    int run(List<String> args, CliStreams io);
}
