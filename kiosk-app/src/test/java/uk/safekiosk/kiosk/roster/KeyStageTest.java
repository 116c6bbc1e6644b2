package uk.safekiosk.kiosk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyStageTest {

    @Test
    void receptionToYearTwoGetTheKs1Layout() {
        assertThat(KeyStage.forYearGroup("Reception")).isEqualTo(KeyStage.KS1);
        assertThat(KeyStage.forYearGroup("Year 1")).isEqualTo(KeyStage.KS1);
        assertThat(KeyStage.forYearGroup("Y2")).isEqualTo(KeyStage.KS1);
        assertThat(KeyStage.forYearGroup("Nursery")).isEqualTo(KeyStage.KS1);
    }

    @Test
    void yearThreeUpAndUnknownYearGroupsGetTheKs2Layout() {
        assertThat(KeyStage.forYearGroup("Year 3")).isEqualTo(KeyStage.KS2);
        assertThat(KeyStage.forYearGroup("Year 4")).isEqualTo(KeyStage.KS2);
        assertThat(KeyStage.forYearGroup("Yr 6")).isEqualTo(KeyStage.KS2);
        assertThat(KeyStage.forYearGroup("Mixed")).isEqualTo(KeyStage.KS2);
        assertThat(KeyStage.forYearGroup(null)).isEqualTo(KeyStage.KS2);
    }
}
