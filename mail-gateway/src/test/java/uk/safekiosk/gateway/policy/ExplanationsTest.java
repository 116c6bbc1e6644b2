package uk.safekiosk.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;

class ExplanationsTest {

    private static final Properties WORDING = ContentSource.defaults().properties("wording/gateway_en.properties");
    private static final Explanations ENGLISH = Explanations.fromContent(ContentSource.defaults(), Locale.ENGLISH);

    @Test
    void everyReasonHasWordingForEveryVerdict() {
        for (ReasonCode reason : ReasonCode.values()) {
            for (VerdictKind kind : VerdictKind.values()) {
                assertThat(ENGLISH.explain(kind, List.of(reason))).as(kind + " " + reason).isNotBlank()
                        .doesNotContain(reason.name());
            }
        }
    }

    @Test
    void deliverSaysSent() {
        assertThat(ENGLISH.explain(VerdictKind.DELIVER, List.of())).isEqualTo(WORDING.getProperty("verdict.deliver"));
    }

    @Test
    void theDefaultPairsUseTheirWholeSentence() {
        assertThat(ENGLISH.explain(VerdictKind.BLOCK, List.of(ReasonCode.EMAIL)))
                .isEqualTo(WORDING.getProperty("verdict.block.EMAIL"));
        assertThat(ENGLISH.explain(VerdictKind.HOLD, List.of(ReasonCode.BULLYING)))
                .isEqualTo(WORDING.getProperty("verdict.hold.BULLYING"));
    }

    @Test
    void aSecondReasonIsOnlyAddedWhenTheChildCanEdit() {
        String blocked = ENGLISH.explain(VerdictKind.BLOCK, List.of(ReasonCode.PHONE, ReasonCode.EMAIL));
        String held = ENGLISH.explain(VerdictKind.HOLD, List.of(ReasonCode.OFFENSIVE, ReasonCode.BULLYING));

        assertThat(blocked).contains(WORDING.getProperty("also.EMAIL"));
        assertThat(held).isEqualTo(WORDING.getProperty("verdict.hold.OFFENSIVE"));
    }

    @Test
    void welshHasWordingForEveryReasonAndVerdict() {
        Explanations welsh = Explanations.fromContent(ContentSource.defaults(), Locale.of("cy"));
        for (ReasonCode reason : ReasonCode.values()) {
            for (VerdictKind kind : VerdictKind.values()) {
                assertThat(welsh.explain(kind, List.of(reason))).as(kind + " " + reason).isNotBlank()
                        .isNotEqualTo(ENGLISH.explain(kind, List.of(reason)));
            }
        }
    }

    @Test
    void missingWordingFailsNamingTheFile() {
        assertThatThrownBy(() -> Explanations.fromContent(ContentSource.defaults(), Locale.of("xx")))
                .hasMessageContaining("wording/gateway_xx.properties")
                .hasMessageContaining("reason.PHONE");
    }
}
