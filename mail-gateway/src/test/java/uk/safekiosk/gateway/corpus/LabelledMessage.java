package uk.safekiosk.gateway.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One line of a labelled corpus ({@code {"id","subject","body","expect","labels"}}). */
record LabelledMessage(String id, String subject, String body, boolean shouldStop, List<String> labels) {

    static List<LabelledMessage> read(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<LabelledMessage> messages = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            List<String> labels = new ArrayList<>();
            node.path("labels").forEach(label -> labels.add(label.asString()));
            messages.add(new LabelledMessage(node.path("id").asString(), node.path("subject").asString(""),
                    node.path("body").asString(""), node.path("expect").asString().equals("block"),
                    List.copyOf(labels)));
        }
        return messages;
    }
}
