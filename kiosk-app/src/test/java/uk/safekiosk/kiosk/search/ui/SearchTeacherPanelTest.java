package uk.safekiosk.kiosk.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.search.SearchService;
import uk.safekiosk.kiosk.search.SearchSwitches;
import uk.safekiosk.kiosk.support.KioskViewTest;
import uk.safekiosk.kiosk.teacher.ui.TeacherHomeView;

class SearchTeacherPanelTest extends KioskViewTest {

    @Autowired
    RosterService roster;
    @Autowired
    SearchSwitches switches;
    @Autowired
    SearchService search;

    @Test
    @WithUserDetails("oak.teacher")
    void theTeacherSwitchesSearchForTheirClass() {
        Person oak = roster.findByUsername("oak.ava").orElseThrow();
        navigate(TeacherHomeView.class);
        Checkbox toggle = $(Checkbox.class).single();
        assertThat(toggle.getLabel()).isEqualTo("Search");
        assertThat(toggle.getValue()).as("the demo school starts with Oak Class on").isTrue();

        try {
            test(toggle).click();

            assertThat(switches.isOn(oak.classId())).isFalse();
            assertThat(switches.maySearch(oak)).isFalse();
        } finally {
            switches.set(oak.classId(), true, null);
        }
    }

    @Test
    @WithUserDetails("dsl")
    void theSafeguardingLeadSeesASwitchForEveryClassAndEverySearch() {
        Person gus = roster.findByUsername("elm.gus").orElseThrow();
        Person dsl = roster.findByUsername("dsl").orElseThrow();
        search.search(dsl, "how do bees make honey", 1);

        navigate(TeacherHomeView.class);

        assertThat($(Checkbox.class).all()).hasSize(2).extracting(c -> c.getElement().getAttribute("data-class"))
                .containsExactly("Elm Class", "Oak Class");
        assertThat($(Checkbox.class).all().getFirst().getValue()).as("Elm Class starts off").isFalse();
        assertThat(switches.isOn(gus.classId())).isFalse();
        UnorderedList log = $(UnorderedList.class).withClassName("kiosk-search-log").single();
        assertThat($(ListItem.class, log).all()).as("the log opens on request").isEmpty();
        $(Details.class).all().stream().filter(d -> "Recent searches".equals(d.getSummaryText())).findFirst()
                .orElseThrow().setOpened(true);
        assertThat($(ListItem.class, log).first().getText()).contains(dsl.displayName())
                .contains("\"how do bees make honey\" - Searched");
    }
}
