package uk.safekiosk.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RunTogetherWordsTest {

    private static final Set<String> KNOWN = Set.of("how", "make", "makes", "kill", "ill", "myself", "games", "son",
            "sussex", "cocktail", "sausages", "middle");
    private static final Set<String> LISTED = Set.of("how", "to", "a", "make", "bomb", "kill", "myself", "tok",
            "unblocked", "sex", "videos");
    private static final UnaryOperator<String> CORRECTIONS = word -> switch (word) {
        case "unblcoked" -> "unblocked";
        case "makea" -> "makes";
        default -> null;
    };

    private final RunTogetherWords words = new RunTogetherWords(KNOWN, LISTED);

    @Test
    void splitsARunOfWordsIntoTheFewestParts() {
        assertThat(words.split("sexvideos", CORRECTIONS)).isEqualTo("sex videos");
        assertThat(words.split("howtokillmyself", CORRECTIONS)).as("longer words win a tie")
                .isEqualTo("how to kill myself");
    }

    @Test
    void prefersWordsAsWrittenToMisspellingsPutRight() {
        assertThat(words.split("howtomakeabomb", CORRECTIONS)).isEqualTo("how to make a bomb");
        assertThat(words.split("unblcokedgames", CORRECTIONS)).isEqualTo("unblocked games");
    }

    @Test
    void leavesRealWordsAndRunsWithoutAListedWordAlone() {
        assertThat(words.split("sussex", CORRECTIONS)).isNull();
        assertThat(words.split("cocktailsausages", CORRECTIONS)).as("no part is listed").isNull();
        assertThat(words.split("middleson", CORRECTIONS)).isNull();
        assertThat(words.split("bomb", CORRECTIONS)).as("too short to be two words").isNull();
    }
}
