package uk.safekiosk.kiosk.search;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import uk.safekiosk.content.ContentSource;

/**
 * The search's commands, run from the kiosk jar without starting Spring or the web server:
 * {@code check-queries FILE.jsonl|- [--data-dir DIR]} and {@code import-sites [--data-dir DIR] [--max-pages N]}.
 */
public final class SearchCommands {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private SearchCommands() {
    }

    /** Runs the command named by {@code args[0]}; empty when it names none, so the caller starts the web app. */
    public static OptionalInt run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return OptionalInt.empty();
        }
        List<String> rest = List.of(args).subList(1, args.length);
        return switch (args[0]) {
            case "check-queries" -> OptionalInt.of(new CheckQueriesCommand().run(rest, in, out, err));
            case "import-sites" -> OptionalInt.of(ImportSitesCommand.run(rest, out, err));
            default -> OptionalInt.empty();
        };
    }

    /** The arguments less {@code --data-dir DIR}, and the content that option selects. */
    record Options(List<String> positional, Optional<Path> dataDir) {

        static Options parse(List<String> args) {
            List<String> positional = new ArrayList<>();
            Path dataDir = null;
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).equals("--data-dir") && i + 1 < args.size()) {
                    dataDir = Path.of(args.get(++i));
                } else {
                    positional.add(args.get(i));
                }
            }
            return new Options(List.copyOf(positional), Optional.ofNullable(dataDir));
        }

        boolean dataDirMissing() {
            return dataDir.isPresent() && !Files.isDirectory(dataDir.get());
        }

        ContentSource content() {
            return dataDir.map(ContentSource::withSchoolOverrides).orElseGet(ContentSource::defaults);
        }
    }
}
