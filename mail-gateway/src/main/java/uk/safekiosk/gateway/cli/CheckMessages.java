package uk.safekiosk.gateway.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.policy.PolicyChain;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.Verdict;

/**
 * {@code check-messages FILE.jsonl|- [--data-dir DIR]}: runs the live policy chain on each line
 * {@code {"id","subject","body"}} and prints one line {@code {"id","verdict","reasons","explanation"}} per message.
 * A bad line is reported on stderr with its number and skipped; only unreadable input or bad usage fail.
 */
final class CheckMessages implements Command {

    private static final String USAGE = "usage: check-messages FILE.jsonl|- [--data-dir DIR]";

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public int run(List<String> args, CliStreams io) {
        String file = null;
        Path dataDir = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = Path.of(args.get(++i));
            } else if (file == null && (arg.equals("-") || !arg.startsWith("--"))) {
                file = arg;
            } else {
                io.err().println(USAGE);
                return GatewayCli.USAGE;
            }
        }
        if (file == null) {
            io.err().println(USAGE);
            return GatewayCli.USAGE;
        }
        if (dataDir != null && !Files.isDirectory(dataDir)) {
            io.err().println("check-messages: no such data directory: " + dataDir);
            return GatewayCli.USAGE;
        }
        PolicyChain chain = PolicyChain.fromContent(
                dataDir == null ? ContentSource.defaults() : ContentSource.withSchoolOverrides(dataDir));
        try (Reader reader = file.equals("-")
                ? new InputStreamReader(io.in(), StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            check(new BufferedReader(reader), chain, io);
            return GatewayCli.OK;
        } catch (IOException e) {
            io.err().println("check-messages: cannot read " + file + ": " + e.getMessage());
            return GatewayCli.FAILED;
        }
    }

    private void check(BufferedReader lines, PolicyChain chain, CliStreams io) throws IOException {
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode item = json.readTree(line);
                if (!item.isObject() || !item.hasNonNull("id")) {
                    io.err().println("line " + number + ": expected an object with an \"id\"");
                    continue;
                }
                String subject = item.path("subject").asString("");
                String body = item.path("body").asString("");
                Verdict verdict = chain.evaluate(MessageView.ofPlainText("", List.of(), subject, body));
                io.out().println(json.writeValueAsString(result(item.get("id").asString(), verdict)));
            } catch (JacksonException e) {
                io.err().println("line " + number + ": not valid JSON (" + e.getOriginalMessage() + ")");
            }
        }
        io.out().flush();
    }

    private ObjectNode result(String id, Verdict verdict) {
        ObjectNode out = json.createObjectNode();
        out.put("id", id);
        out.put("verdict", verdict.name());
        ArrayNode reasons = out.putArray("reasons");
        for (ReasonCode reason : verdict.reasons()) {
            reasons.add(reason.name());
        }
        out.put("explanation", verdict.explanation());
        return out;
    }
}
