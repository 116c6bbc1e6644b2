package uk.safekiosk.kiosk.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One line of a labelled query corpus ({@code {"id","query","expect","labels"}}). */
record LabelledQuery(String id, String query, boolean shouldStop, List<String> labels) {

    static List<LabelledQuery> read(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<LabelledQuery> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            List<String> labels = new ArrayList<>();
            node.path("labels").forEach(label -> labels.add(label.asString()));
            queries.add(new LabelledQuery(node.path("id").asString(), node.path("query").asString(""),
                    node.path("expect").asString().equals("block"), List.copyOf(labels)));
        }
        return queries;
    }
}
