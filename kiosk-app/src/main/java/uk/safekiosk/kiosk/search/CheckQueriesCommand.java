package uk.safekiosk.kiosk.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
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

/**
 * {@code check-queries FILE.jsonl|- [--data-dir DIR]}: the live query screen on each line {@code {"id","query"}},
 * printing {@code {"id","verdict","reasons"}} per line. A bad line is reported on stderr with its number and skipped.
 */
final class CheckQueriesCommand {

    private static final String USAGE = "usage: check-queries FILE.jsonl|- [--data-dir DIR]";

    private final JsonMapper json = JsonMapper.builder().build();

    int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        SearchCommands.Options options = SearchCommands.Options.parse(args);
        if (options.positional().size() != 1 || options.positional().getFirst().startsWith("--")) {
            err.println(USAGE);
            return SearchCommands.USAGE;
        }
        if (options.dataDirMissing()) {
            err.println("check-queries: no such data directory: " + options.dataDir().orElseThrow());
            return SearchCommands.USAGE;
        }
        String file = options.positional().getFirst();
        QueryScreen screen = QueryScreen.fromContent(options.content());
        try (Reader reader = file.equals("-") ? new InputStreamReader(in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            check(new BufferedReader(reader), screen, out, err);
            return SearchCommands.OK;
        } catch (IOException e) {
            err.println("check-queries: cannot read " + file + ": " + e.getMessage());
            return SearchCommands.FAILED;
        }
    }

    private void check(BufferedReader lines, QueryScreen screen, PrintStream out, PrintStream err)
            throws IOException {
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
                    err.println("line " + number + ": expected an object with an \"id\"");
                    continue;
                }
                ScreenResult result = screen.screen(item.path("query").asString(""));
                out.println(json.writeValueAsString(output(item.get("id").asString(), result)));
            } catch (JacksonException e) {
                err.println("line " + number + ": not valid JSON (" + e.getOriginalMessage() + ")");
            }
        }
        out.flush();
    }

    private ObjectNode output(String id, ScreenResult result) {
        ObjectNode node = json.createObjectNode();
        node.put("id", id);
        node.put("verdict", result.verdict().name());
        ArrayNode reasons = node.putArray("reasons");
        result.reasons().forEach(reason -> reasons.add(reason.name()));
        return node;
    }
}
