package uk.safekiosk.gateway.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar mail-gateway.jar <command> [args]}. Add a subcommand with one more line in {@link #COMMANDS}.
 */
public final class GatewayCli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Map<String, Command> COMMANDS = commands();

    private GatewayCli() {
    }

    private static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put("check-messages", new CheckMessages());
        return Map.copyOf(commands);
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), CliStreams.system()));
    }

    static int run(List<String> args, CliStreams io) {
        if (args.isEmpty() || !COMMANDS.containsKey(args.getFirst())) {
            String known = String.join(", ", COMMANDS.keySet().stream().sorted().toList());
            io.err().println((args.isEmpty() ? "" : "unknown command '" + args.getFirst() + "'. ")
                    + "usage: gateway <command> [args]; commands: " + known);
            return USAGE;
        }
        return COMMANDS.get(args.getFirst()).run(args.subList(1, args.size()), io);
    }
}
