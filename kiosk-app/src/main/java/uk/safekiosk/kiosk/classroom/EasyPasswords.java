package uk.safekiosk.kiosk.classroom;

import java.security.SecureRandom;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.safekiosk.content.ContentSource;

/**
 * New typed passwords a teacher can read out and a young child can type: a colour, an animal and a number
 * ("green-tiger-42"), the words from content. Guessing is slowed by the lock after a few wrong tries.
 */
@Component
class EasyPasswords {

    static final String COLOURS = "passwords/colours.txt";
    static final String ANIMALS = "passwords/animals.txt";

    private final List<String> colours;
    private final List<String> animals;
    private final SecureRandom random = new SecureRandom();

    EasyPasswords(ContentSource content) {
        this.colours = words(content, COLOURS);
        this.animals = words(content, ANIMALS);
    }

    String next() {
        return pick(colours) + "-" + pick(animals) + "-" + (10 + random.nextInt(90));
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static List<String> words(ContentSource content, String file) {
        List<String> words = content.listLines(file).stream().map(String::toLowerCase).distinct().toList();
        if (words.isEmpty()) {
            throw new IllegalStateException("Content file " + file + " has no words for new passwords");
        }
        return words;
    }
}
