package uk.safekiosk.kiosk.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;

class EasyPasswordsTest {

    private final ContentSource content = ContentSource.defaults();
    private final EasyPasswords passwords = new EasyPasswords(content);

    @Test
    void makesAColourAnAnimalAndATwoDigitNumberFromTheContentLists() {
        List<String> colours = content.listLines(EasyPasswords.COLOURS);
        List<String> animals = content.listLines(EasyPasswords.ANIMALS);

        IntStream.range(0, 200).mapToObj(i -> passwords.next()).forEach(password -> {
            String[] parts = password.split("-");
            assertThat(parts).hasSize(3);
            assertThat(colours).contains(parts[0]);
            assertThat(animals).contains(parts[1]);
            assertThat(Integer.parseInt(parts[2])).isBetween(10, 99);
        });
    }

    @Test
    void rarelyRepeatsItself() {
        int possible = content.listLines(EasyPasswords.COLOURS).size() * content.listLines(EasyPasswords.ANIMALS).size()
                * 90;
        Set<String> made = new HashSet<>();
        IntStream.range(0, 50).forEach(i -> made.add(passwords.next()));

        assertThat(possible).isGreaterThan(20_000);
        assertThat(made).as("50 of %d possible passwords", possible).hasSizeGreaterThan(45);
    }
}
