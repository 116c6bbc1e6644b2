package uk.safekiosk.kiosk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A demo pupil's log-on pictures as shipped in {@code content/data/demo/demo-pictures.csv}, so browser tests tap
 * what README lists without copying it.
 */
public final class DemoPictures {

    private static final String FILE = "kiosk-content/demo/demo-pictures.csv";

    private DemoPictures() {
    }

    /** The three picture names in order, e.g. ["cat", "apple", "star"]. */
    public static List<String> of(String username) {
        try (InputStream in = DemoPictures.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split(","))
                    .filter(fields -> fields[1].strip().equals(username))
                    .findFirst()
                    .map(fields -> Arrays.stream(fields, 2, fields.length).map(String::strip).toList())
                    .orElseThrow(() -> new IllegalArgumentException("No demo pictures for " + username));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
