package uk.safekiosk.kiosk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.incident.ui.IncidentLogView;
import uk.safekiosk.kiosk.incident.ui.IncidentPrintView;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.shell.ui.LostView;
import uk.safekiosk.kiosk.support.ConsoleViewTest;
import uk.safekiosk.kiosk.support.DemoMail;

/** The incident log page and its printable view: what each member of staff sees, filters, and the export link. */
class IncidentLogViewTest extends ConsoleViewTest {

    @Test
    @WithUserDetails("dsl")
    void theDslSeesEveryClassAndFiltersByClassAndPupil() throws Exception {
        String oakSubject = held("oak.ava", "oak.ben");
        String elmSubject = held("elm.gus", "elm.hana");
        navigate(IncidentLogView.class);

        assertThat(summaries()).anyMatch(s -> s.contains(oakSubject)).anyMatch(s -> s.contains(elmSubject));
        assertThat(find(Anchor.class).withText("Export CSV").single().getElement().getAttribute("role"))
                .isEqualTo("button");

        @SuppressWarnings("unchecked")
        ComboBox<ClassInfo> classes = find(ComboBox.class).withCaption("Class").single();
        test(classes).selectItem("Elm Class");
        assertThat(summaries()).anyMatch(s -> s.contains(elmSubject)).noneMatch(s -> s.contains(oakSubject));

        @SuppressWarnings("unchecked")
        ComboBox<Person> pupils = find(ComboBox.class).withCaption("Pupil").single();
        test(pupils).selectItem("Ivy L.");
        assertThat(summaries()).noneMatch(s -> s.contains(elmSubject));
        test(pupils).selectItem("Hana B.");
        assertThat(summaries()).anyMatch(s -> s.contains(elmSubject));
        assertThat(find(Anchor.class).withText("Printable view").single().getHref())
                .contains("class=" + person("elm.teacher").classId(), "pupil=elm.hana");
    }

    @Test
    @WithUserDetails("oak.teacher")
    void aTeacherSeesOnlyTheirClassAndPrintsIt() throws Exception {
        String oakSubject = held("oak.cara", "oak.dev");
        String elmSubject = held("elm.ivy", "elm.jay");
        navigate(IncidentLogView.class);

        assertThat(summaries()).anyMatch(s -> s.contains(oakSubject)).noneMatch(s -> s.contains(elmSubject));

        String today = LocalDate.now(clock).toString();
        UI.getCurrent().navigate("teacher/incidents/print", QueryParameters.simple(Map.of("from", today, "to", today)));
        assertThat(getCurrentView()).isInstanceOf(IncidentPrintView.class);
        String printed = getCurrentView().getElement().getTextRecursively();
        assertThat(printed).contains(oakSubject, "Cara M. (with Dev P.)", "Online safety: message held")
                .doesNotContain(elmSubject);

        UI.getCurrent().navigate("teacher/incidents/print", QueryParameters.simple(Map.of("from", today, "to", today,
                "class", String.valueOf(person("elm.teacher").classId()))));
        assertThat(getCurrentView()).as("another class's log").isInstanceOf(LostView.class);
    }

    /** The incident summaries the grid shows. */
    private List<String> summaries() {
        @SuppressWarnings("unchecked")
        Grid<IncidentView> grid = find(Grid.class).single();
        if (!grid.isVisible()) {
            return List.of();
        }
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).summary()).toList();
    }

    private String held(String from, String to) throws Exception {
        String subject = DemoMail.unique("Log");
        demo.send(from, subject, "you are so stupid", to);
        return subject;
    }
}
