package uk.safekiosk.kiosk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.safekiosk.kiosk.i18n.Language;
import uk.safekiosk.kiosk.support.KioskViewTest;

class SchoolLanguageTest extends KioskViewTest {

    @Autowired
    SchoolLanguage language;
    @Autowired
    RosterService roster;

    private Person person(String username) {
        return roster.findByUsername(username).orElseThrow();
    }

    @AfterEach
    void backToEnglish() {
        language.set(person("admin"), Language.ENGLISH);
    }

    @Test
    void theDemoSchoolSpeaksEnglish() {
        assertThat(language.current()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void theAdministratorSwitchesTheSchoolToWelsh() {
        language.set(person("admin"), Language.WELSH);

        assertThat(language.current()).isEqualTo(Language.WELSH);
        assertThat(language.current().locale().getLanguage()).isEqualTo("cy");
    }

    @Test
    void nobodyElseSwitchesTheLanguage() {
        for (String username : new String[] {"dsl", "oak.teacher", "oak.ava"}) {
            assertThatThrownBy(() -> language.set(person(username), Language.WELSH)).as(username)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(language.current()).isEqualTo(Language.ENGLISH);
    }
}
