package uk.safekiosk.gateway.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.parse.MimeMessageParser;
import uk.safekiosk.gateway.policy.PolicyChain;

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
        commands.put("check-eml", (args, io) -> new CheckEmlCommand(new MimeMessageParser())
                .run(args, PolicyChain.fromContent(contentFor(args)), io.out(), io.err()));
        commands.put("compact", new CompactCommand());
        commands.put("serve", (args, io) -> new ServeCommand(new MimeMessageParser(),
                PolicyChain.fromContent(contentFor(args))).run(args, io.out(), io.err()));
        return Map.copyOf(commands);
    }

    /** A school's overrides when {@code --data-dir DIR} is given, else the shipped content. */
    private static ContentSource contentFor(List<String> args) {
        int at = args.indexOf("--data-dir");
        return at >= 0 && at + 1 < args.size()
                ? ContentSource.withSchoolOverrides(Path.of(args.get(at + 1))) : ContentSource.defaults();
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
