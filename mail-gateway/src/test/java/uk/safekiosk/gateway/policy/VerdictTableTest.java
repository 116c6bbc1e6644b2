package uk.safekiosk.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.content.ContentSource;

class VerdictTableTest {

    @TempDir
    Path dataDir;

    @Test
    void shippedDefaultsMatchTheSafeguardingPolicy() {
        VerdictTable table = VerdictTable.fromContent(ContentSource.defaults());

        for (ReasonCode blocked : new ReasonCode[] {ReasonCode.PHONE, ReasonCode.ADDRESS, ReasonCode.POSTCODE,
                ReasonCode.EMAIL, ReasonCode.SOCIAL, ReasonCode.MEET, ReasonCode.PASSWORD, ReasonCode.LINK}) {
            assertThat(table.kindOf(blocked)).as(blocked.name()).isEqualTo(VerdictKind.BLOCK);
        }
        for (ReasonCode held : new ReasonCode[] {ReasonCode.OFFENSIVE, ReasonCode.BULLYING, ReasonCode.ATTACHMENT,
                ReasonCode.MALFORMED}) {
            assertThat(table.kindOf(held)).as(held.name()).isEqualTo(VerdictKind.HOLD);
        }
        assertThat(table.kindOf(ReasonCode.SELFHARM)).isEqualTo(VerdictKind.ESCALATE);
    }

    @Test
    void anUnknownVerdictFailsNamingFileAndLine() {
        Map<ReasonCode, VerdictKind> into = new EnumMap<>(ReasonCode.class);

        assertThatThrownBy(() -> VerdictTable.parse("school/verdicts.properties", "# ours\n\nPHONE = BLOK\n", into))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("school/verdicts.properties line 3")
                .hasMessageContaining("BLOK")
                .hasMessageContaining("ESCALATE");
    }

    @Test
    void anUnknownReasonFailsNamingFileAndLine() {
        assertThatThrownBy(() -> VerdictTable.parse("v.properties", "PHONES = BLOCK", new EnumMap<>(ReasonCode.class)))
                .hasMessageContaining("v.properties line 1")
                .hasMessageContaining("PHONES");
    }

    @Test
    void aLineWithoutAVerdictFails() {
        assertThatThrownBy(() -> VerdictTable.parse("v.properties", "PHONE", new EnumMap<>(ReasonCode.class)))
                .hasMessageContaining("v.properties line 1");
    }

    @Test
    void everyReasonNeedsAVerdict() {
        assertThatThrownBy(() -> new VerdictTable(Map.of(ReasonCode.PHONE, VerdictKind.BLOCK)))
                .hasMessageContaining("no verdict for");
    }

    @Test
    void valuesAreReadInAnyCase() {
        Map<ReasonCode, VerdictKind> into = new EnumMap<>(ReasonCode.class);
        VerdictTable.parse("v", "link: hold", into);
        assertThat(into).containsEntry(ReasonCode.LINK, VerdictKind.HOLD);
    }

    @Test
    void aSchoolFileChangesOnlyTheLinesItHas() throws IOException {
        write("LINK = HOLD\n");

        VerdictTable table = VerdictTable.fromContent(ContentSource.withSchoolOverrides(dataDir));

        assertThat(table.kindOf(ReasonCode.LINK)).isEqualTo(VerdictKind.HOLD);
        assertThat(table.kindOf(ReasonCode.PHONE)).isEqualTo(VerdictKind.BLOCK);
    }

    @Test
    void aMistakeInTheSchoolFileNamesThatFile() throws IOException {
        write("LINK = HOLD\nEMAIL = maybe\n");

        assertThatThrownBy(() -> VerdictTable.fromContent(ContentSource.withSchoolOverrides(dataDir)))
                .hasMessageContaining(dataDir.resolve("content").toString())
                .hasMessageContaining("line 2")
                .hasMessageContaining("MAYBE");
    }

    @Test
    void strongerVerdictsWin() {
        assertThat(VerdictKind.ESCALATE.isStrongerThan(VerdictKind.HOLD)).isTrue();
        assertThat(VerdictKind.HOLD.isStrongerThan(VerdictKind.BLOCK)).isTrue();
        assertThat(VerdictKind.BLOCK.isStrongerThan(VerdictKind.DELIVER)).isTrue();
        assertThat(VerdictKind.BLOCK.isStrongerThan(VerdictKind.HOLD)).isFalse();
    }

    private void write(String text) throws IOException {
        Path file = dataDir.resolve("content").resolve(VerdictTable.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
