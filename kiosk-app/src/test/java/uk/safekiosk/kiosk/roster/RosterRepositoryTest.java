package uk.safekiosk.kiosk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safekiosk.kiosk.support.TestDataDirectory;

/** The Flyway migrations build a schema the entities validate against, in a real H2 file database. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class RosterRepositoryTest {

    private static final Path DATA_DIR = TestDataDirectory.create("repository");

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("kiosk.data-dir", DATA_DIR::toString);
    }

    @Autowired
    SchoolRepository schools;
    @Autowired
    SchoolClassRepository classes;
    @Autowired
    MemberRepository members;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migrationsCreateEveryTableAndRecordTheirVersion() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"success\" = true", Integer.class);
        assertThat(applied).isGreaterThanOrEqualTo(1);
        for (String table : new String[] {"SCHOOL", "SCHOOL_CLASS", "MEMBER", "RULES_AGREEMENT"}) {
            Integer found = jdbc.queryForObject(
                    "select count(*) from information_schema.tables where table_name = ?", Integer.class, table);
            assertThat(found).as(table).isEqualTo(1);
        }
    }

    @Test
    void findsPupilsOfOneClassOnlyInNameOrder() {
        School school = schools.save(new School("Test Primary", "test.example"));
        SchoolClass ash = classes.save(new SchoolClass(school, "Ash", "Year 2"));
        SchoolClass birch = classes.save(new SchoolClass(school, "Birch", "Year 3"));
        members.save(new Member(school, ash, "ash.zoe", "Zoe A.", "ash.zoe@test.example", Role.PUPIL, "x"));
        members.save(new Member(school, ash, "ash.amy", "Amy A.", "ash.amy@test.example", Role.PUPIL, "x"));
        members.save(new Member(school, ash, "ash.teacher", "Mr Ash", "ash.teacher@test.example", Role.TEACHER, "x"));
        members.save(new Member(school, birch, "birch.bo", "Bo B.", "birch.bo@test.example", Role.PUPIL, "x"));

        var pupils = members.findBySchoolClassIdAndRoleOrderByDisplayName(ash.getId(), Role.PUPIL);

        assertThat(pupils).extracting(Member::getUsername).containsExactly("ash.amy", "ash.zoe");
    }

    @Test
    void repeatedFailuresLockTheAccountUntilTheGivenTime() {
        School school = schools.save(new School("Lock Primary", "lock.example"));
        Member m = members.save(new Member(school, null, "lock.kid", "Kid L.", "lock.kid@lock.example",
                Role.PUPIL, "x"));
        Instant until = Instant.parse("2026-01-01T10:02:00Z");

        m.recordFailedLogin(3, until);
        m.recordFailedLogin(3, until);
        assertThat(m.isLockedAt(Instant.parse("2026-01-01T10:00:00Z"))).isFalse();
        m.recordFailedLogin(3, until);
        members.flush();

        Member reloaded = members.findByUsername("lock.kid").orElseThrow();
        assertThat(reloaded.isLockedAt(Instant.parse("2026-01-01T10:01:00Z"))).isTrue();
        assertThat(reloaded.isLockedAt(Instant.parse("2026-01-01T10:02:01Z"))).isFalse();
    }

    @Test
    void emailLookupIgnoresCase() {
        School school = schools.save(new School("Case Primary", "case.example"));
        members.save(new Member(school, null, "case.kid", "Kid C.", "case.kid@case.example", Role.PUPIL, "x"));

        assertThat(members.findByEmailIgnoreCase("CASE.Kid@Case.Example")).isPresent();
    }
}
