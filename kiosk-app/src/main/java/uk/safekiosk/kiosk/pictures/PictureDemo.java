package uk.safekiosk.kiosk.pictures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;

/**
 * On an installation that has never used picture log-on, gives the demo school's picture class its fixed sequences
 * from {@code demo/demo-pictures.csv} ({@code <class name>,<username>,<picture>,<picture>,<picture>}), so README can
 * list them. Only when every listed pupil exists in the listed class: a real school that happens to have a class of
 * the same name keeps typed passwords.
 */
@Component
@Order(10)
class PictureDemo implements ApplicationRunner {

    static final String DEMO_FILE = "demo/demo-pictures.csv";
    private static final Logger log = LoggerFactory.getLogger(PictureDemo.class);

    private final PictureLogOn pictures;
    private final RosterService roster;
    private final ContentSource content;

    PictureDemo(PictureLogOn pictures, RosterService roster, ContentSource content) {
        this.pictures = pictures;
        this.roster = roster;
        this.content = content;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!pictures.neverUsed()) {
            return;
        }
        Map<Person, PictureSequence> sequences = new LinkedHashMap<>();
        for (String line : content.listLines(DEMO_FILE)) {
            Optional<Map.Entry<Person, PictureSequence>> entry = read(line);
            if (entry.isEmpty()) {
                return;
            }
            sequences.put(entry.get().getKey(), entry.get().getValue());
        }
        if (!sequences.isEmpty()) {
            pictures.seedDemo(sequences);
            log.info("Demo picture log-on set for {} pupils", sequences.size());
        }
    }

    private Optional<Map.Entry<Person, PictureSequence>> read(String line) {
        String[] fields = line.split(",", 3);
        if (fields.length != 3) {
            log.warn("{}: expected '<class name>,<username>,<three pictures>': {}", DEMO_FILE, line);
            return Optional.empty();
        }
        Optional<Person> pupil = roster.findByUsername(fields[1].strip())
                .filter(Person::isPupil)
                .filter(p -> fields[0].strip().equals(p.className()));
        Optional<PictureSequence> sequence = PictureSequence.parse(fields[2]);
        if (pupil.isEmpty() || sequence.isEmpty()) {
            log.debug("{}: not the demo school, or a bad line: {}", DEMO_FILE, line);
            return Optional.empty();
        }
        return Optional.of(Map.entry(pupil.get(), sequence.get()));
    }
}
