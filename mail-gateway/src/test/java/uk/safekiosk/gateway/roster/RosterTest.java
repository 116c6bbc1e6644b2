package uk.safekiosk.gateway.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterTest {

    private final Member ada = new Member("Ada@School.test", "Ada", Role.PUPIL, Set.of("6L"));
    private final Member ben = new Member("ben@school.test", "Ben", Role.PUPIL, Set.of("6L"));
    private final Member cal = new Member("cal@school.test", "Cal", Role.PUPIL, Set.of("5K"));
    private final Member tan = new Member("tan@school.test", "Mrs Tan", Role.TEACHER, Set.of("6L"));
    private final Member kim = new Member("kim@school.test", "Mr Kim", Role.TEACHER, Set.of("5K"));
    private final Member dee = new Member("dee@school.test", "Dee", Role.DSL, Set.of());
    private final Roster roster = new Roster() {
        @Override
        public Optional<Member> find(String address) {
            return Optional.empty();
        }

        @Override
        public List<Member> members() {
            return List.of();
        }
    };

    @Test
    void letsAPupilWriteToClassmatesAndTheirOwnTeacherOnly() {
        assertThat(roster.mayWrite(ada, ben)).isTrue();
        assertThat(roster.mayWrite(ada, tan)).isTrue();
        assertThat(roster.mayWrite(ada, cal)).isFalse();
        assertThat(roster.mayWrite(ada, kim)).isFalse();
        assertThat(roster.mayWrite(ada, dee)).isFalse();
    }

    @Test
    void letsStaffWriteToAnyoneInTheSchool() {
        assertThat(roster.mayWrite(tan, cal)).isTrue();
        assertThat(roster.mayWrite(kim, ada)).isTrue();
        assertThat(roster.mayWrite(dee, ben)).isTrue();
    }

    @Test
    void letsEveryoneSendUnlessTheSchoolSaysOtherwise() {
        assertThat(List.of(ada, cal, tan, dee)).allSatisfy(m -> assertThat(roster.maySend(m)).isTrue());
    }

    @Test
    void comparesAddressesWithoutCaseOrAngleBrackets() {
        assertThat(ada.address()).isEqualTo("ada@school.test");
        assertThat(Member.normalise(" <Ada@SCHOOL.test> ")).isEqualTo("ada@school.test");
    }
}
