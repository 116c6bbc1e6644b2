package uk.safekiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvLineTest {

    @Test
    void splitsOnCommasOutsideQuotesAndUndoublesQuotes() {
        assertThat(CsvLine.split("a,\"b, c\",\"say \"\"hi\"\"\","))
                .containsExactly("a", "b, c", "say \"hi\"", "");
    }

    @Test
    void keepsSpacesAsWritten() {
        assertThat(CsvLine.split(" a , b ")).containsExactly(" a ", " b ");
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThatThrownBy(() -> CsvLine.split("a,\"b")).hasMessageContaining("quote is not closed");
    }
}
