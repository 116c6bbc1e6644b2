package uk.safekiosk.kiosk.pictures;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.safekiosk.content.ContentSource;

/** The demo school's picture sequences as shipped in content, so tests follow the demo data instead of copying it. */
final class DemoPictureLines {

    private DemoPictureLines() {
    }

    /** Username → the three pictures, in file order. */
    static Map<String, PictureSequence> read(ContentSource content) {
        Map<String, PictureSequence> sequences = new LinkedHashMap<>();
        for (String line : content.listLines(PictureDemo.DEMO_FILE)) {
            String[] fields = line.split(",", 3);
            sequences.put(fields[1].strip(), PictureSequence.parse(fields[2]).orElseThrow());
        }
        return sequences;
    }
}
