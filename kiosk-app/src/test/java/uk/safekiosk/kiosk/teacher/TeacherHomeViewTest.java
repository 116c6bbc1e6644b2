package uk.safekiosk.kiosk.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.rules.RulesService;
import uk.safekiosk.kiosk.support.KioskViewTest;
import uk.safekiosk.kiosk.teacher.ui.TeacherHomeView;

class TeacherHomeViewTest extends KioskViewTest {

    @Autowired
    RosterService roster;
    @Autowired
    RulesService rules;

    @Test
    @WithUserDetails("elm.teacher")
    void teacherSeesOnlyTheirOwnClassAndWhoAgreedToday() {
        Person gus = roster.findByUsername("elm.gus").orElseThrow();
        rules.recordAgreement(gus, "test-version", "test-device");

        navigate(TeacherHomeView.class);

        // Feature panels (whistle reports, ...) have headings of their own above the classes.
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Elm Class (Year 1)")
                .doesNotContain("Oak Class (Year 4)");
        @SuppressWarnings("unchecked")
        Grid<Person> grid = $(Grid.class).single();
        List<Person> rows = IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
        assertThat(rows).extracting(Person::username)
                .containsExactly("elm.gus", "elm.hana", "elm.ivy", "elm.jay");
        assertThat(test(grid).getCellText(0, 2)).startsWith("Agreed at");
        assertThat(test(grid).getCellText(2, 2)).as("Ivy has not agreed today").isEqualTo("Not yet");
    }

    @Test
    @WithUserDetails("dsl")
    void safeguardingLeadSeesEveryClass() {
        navigate(TeacherHomeView.class);

        assertThat($(H2.class).all()).extracting(H2::getText)
                .containsSubsequence("Elm Class (Year 1)", "Oak Class (Year 4)");
    }
}
