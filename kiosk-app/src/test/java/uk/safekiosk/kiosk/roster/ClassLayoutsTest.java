package uk.safekiosk.kiosk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.safekiosk.kiosk.support.KioskViewTest;

/** Who may switch a class between the KS1 and KS2 layouts, checked by the service itself. */
class ClassLayoutsTest extends KioskViewTest {

    @Autowired
    ClassLayouts layouts;
    @Autowired
    RosterService roster;

    private long oak() {
        return person("oak.teacher").classId();
    }

    private long elm() {
        return person("elm.teacher").classId();
    }

    private Person person(String username) {
        return roster.findByUsername(username).orElseThrow();
    }

    /** Other test classes share this database: leave the demo layouts as they were. */
    @AfterEach
    void putTheDemoLayoutsBack() {
        layouts.set(person("admin"), oak(), KeyStage.KS2);
        layouts.set(person("admin"), elm(), KeyStage.KS1);
    }

    @Test
    void theDemoClassesStartWithTheLayoutOfTheirYearGroup() {
        assertThat(layouts.of(elm())).as("Elm Class, Year 1").isEqualTo(KeyStage.KS1);
        assertThat(layouts.of(oak())).as("Oak Class, Year 4").isEqualTo(KeyStage.KS2);
    }

    @Test
    void aPupilHasTheLayoutOfTheirClassAndStaffTheStandardOne() {
        assertThat(layouts.of(person("elm.ivy"))).isEqualTo(KeyStage.KS1);
        assertThat(layouts.of(person("oak.ava"))).isEqualTo(KeyStage.KS2);
        assertThat(layouts.of(person("elm.teacher"))).isEqualTo(KeyStage.KS2);
    }

    @Test
    void aTeacherSwitchesTheirOwnClassOnly() {
        layouts.set(person("oak.teacher"), oak(), KeyStage.KS1);

        assertThat(layouts.of(oak())).isEqualTo(KeyStage.KS1);
        assertThat(layouts.of(person("oak.ben"))).isEqualTo(KeyStage.KS1);
        assertThatThrownBy(() -> layouts.set(person("oak.teacher"), elm(), KeyStage.KS2))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(layouts.of(elm())).isEqualTo(KeyStage.KS1);
    }

    @Test
    void theSafeguardingLeadAndTheAdministratorSwitchAnyClass() {
        layouts.set(person("dsl"), elm(), KeyStage.KS2);
        assertThat(layouts.of(elm())).isEqualTo(KeyStage.KS2);

        layouts.set(person("admin"), oak(), KeyStage.KS1);
        assertThat(layouts.of(oak())).isEqualTo(KeyStage.KS1);
    }

    @Test
    void aPupilSwitchesNothing() {
        assertThat(layouts.mayChange(person("elm.gus"), elm())).isFalse();
        assertThatThrownBy(() -> layouts.set(person("elm.gus"), elm(), KeyStage.KS2))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(layouts.of(elm())).isEqualTo(KeyStage.KS1);
    }
}
