package uk.safekiosk.gateway.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvRosterTest {

    private final String adaHash = PasswordHash.create("correct horse", 1000, new SecureRandom());

    @Test
    void readsMembersClassesAndPasswordsWithQuotedFields() {
        CsvRoster roster = CsvRoster.parse(List.of(
                "address,display name,role,classes,password hash",
                "# pupils",
                "Ada@School.test,Ada Lovelace,pupil,6L," + adaHash,
                "\"tan@school.test\",\"Tan, Mei\",TEACHER,6L;6M,",
                ""), "test");

        assertThat(roster.members()).hasSize(2);
        assertThat(roster.find("ada@school.test")).get()
                .satisfies(m -> {
                    assertThat(m.displayName()).isEqualTo("Ada Lovelace");
                    assertThat(m.role()).isEqualTo(Role.PUPIL);
                    assertThat(m.classIds()).containsExactly("6L");
                });
        assertThat(roster.find("TAN@school.test")).get()
                .satisfies(m -> {
                    assertThat(m.displayName()).isEqualTo("Tan, Mei");
                    assertThat(m.classIds()).isEqualTo(Set.of("6L", "6M"));
                });
        assertThat(roster.verify("ada@school.test", "correct horse")).isTrue();
        assertThat(roster.verify("ada@school.test", "wrong")).isFalse();
        assertThat(roster.verify("tan@school.test", "")).isFalse();
    }

    @Test
    void explainsWhatIsWrongWithABadLine() {
        assertThatThrownBy(() -> CsvRoster.parse(List.of("ada@s,Ada,WIZARD,6L,"), "roster.csv"))
                .hasMessageContaining("roster.csv line 1").hasMessageContaining("WIZARD");
        assertThatThrownBy(() -> CsvRoster.parse(List.of("ada@s,Ada,PUPIL"), "roster.csv"))
                .hasMessageContaining("expected 5 fields");
        assertThatThrownBy(() -> CsvRoster.parse(List.of("ada@s,Ada,PUPIL,6L,", "ADA@s,Ada,PUPIL,6L,"), "r"))
                .hasMessageContaining("listed twice");
    }

    @Test
    void hashesPasswordsSoOnlyTheRightOneMatches() {
        String hash = PasswordHash.create("pa55word", 1000, new SecureRandom());

        assertThat(hash).startsWith("pbkdf2-sha256:1000:").doesNotContain("pa55word");
        assertThat(PasswordHash.matches(hash, "pa55word")).isTrue();
        assertThat(PasswordHash.matches(hash, "pa55worD")).isFalse();
        assertThat(PasswordHash.matches("plain-text", "plain-text")).isFalse();
        assertThat(PasswordHash.create("pa55word", 1000, new SecureRandom())).isNotEqualTo(hash);
    }
}
