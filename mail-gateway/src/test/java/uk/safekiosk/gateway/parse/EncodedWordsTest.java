package uk.safekiosk.gateway.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncodedWordsTest {

    private final List<String> defects = new ArrayList<>();

    @Test
    void characterSplitAcrossTwoWordsIsJoinedBeforeDecoding() {
        // "é" is C3 A9 in UTF-8; here its two bytes sit in two separate encoded words.
        assertThat(EncodedWords.decode("=?UTF-8?Q?caf=C3?= =?UTF-8?Q?=A9?=", defects::add)).isEqualTo("café");
        assertThat(defects).isEmpty();
    }

    @Test
    void spaceBetweenEncodedWordsIsDroppedButOrdinaryTextIsKept() {
        assertThat(EncodedWords.decode("Re: =?ISO-8859-1?Q?Gr=FC?= =?UTF-8?B?w59l?= from us", defects::add))
                .isEqualTo("Re: Grüße from us");
    }

    @Test
    void unknownCharsetIsADefectAndTheWordIsStillDecoded() {
        assertThat(EncodedWords.decode("=?x-made-up?Q?hello_there?=", defects::add)).isEqualTo("hello there");
        assertThat(defects).containsExactly("unknown charset 'x-made-up'");
    }

    @Test
    void malformedBase64WordIsKeptAsWrittenAndFlagged() {
        assertThat(EncodedWords.decode("=?UTF-8?B?a?=", defects::add)).isEqualTo("=?UTF-8?B?a?=");
        assertThat(defects).containsExactly("malformed encoded word in a header");
    }
}
