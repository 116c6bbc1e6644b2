package uk.safekiosk.gateway.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** Where a command reads and writes, so tests can run commands in-process. */
record CliStreams(InputStream in, PrintStream out, PrintStream err) {

    static CliStreams system() {
        return new CliStreams(System.in, System.out, System.err);
    }
}
