package uk.safekiosk.kiosk.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.i18n.Language;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.ClassLayouts;
import uk.safekiosk.kiosk.roster.KeyStage;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.roster.SchoolLanguage;
import uk.safekiosk.kiosk.rules.RulesGate;
import uk.safekiosk.kiosk.rules.RulesService;
import uk.safekiosk.kiosk.shell.NotAllowedView;
import uk.safekiosk.kiosk.support.KioskViewTest;
import uk.safekiosk.kiosk.support.PupilSession;
import uk.safekiosk.kiosk.teacher.ui.LayoutsView;

class LayoutsViewTest extends KioskViewTest {

    @Autowired
    RosterService roster;
    @Autowired
    ClassLayouts layouts;
    @Autowired
    SchoolLanguage language;
    @Autowired
    List<ClassControl> controls;
    @Autowired
    RulesGate gate;
    @Autowired
    RulesService rules;

    private Person person(String username) {
        return roster.findByUsername(username).orElseThrow();
    }

    @AfterEach
    void putTheDemoSettingsBack() {
        Person admin = person("admin");
        layouts.set(admin, person("oak.teacher").classId(), KeyStage.KS2);
        layouts.set(admin, person("elm.teacher").classId(), KeyStage.KS1);
        language.set(admin, Language.ENGLISH);
    }

    @SuppressWarnings("unchecked")
    private List<RadioButtonGroup<KeyStage>> layoutChoices() {
        return $(RadioButtonGroup.class).withCaption("Layout for pupils").all().stream()
                .map(group -> (RadioButtonGroup<KeyStage>) group).toList();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Language> languageChoice() {
        return $(RadioButtonGroup.class).withCaption("Language of the kiosk").single();
    }

    @Test
    @WithUserDetails("elm.teacher")
    void aTeacherSwitchesTheirClassToKs2AndBack() {
        navigate(LayoutsView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).contains("Elm Class (Year 1)")
                .doesNotContain("Oak Class (Year 4)");
        RadioButtonGroup<KeyStage> elm = layoutChoices().getFirst();
        assertThat(layoutChoices()).hasSize(1);
        assertThat(elm.getValue()).isEqualTo(KeyStage.KS1);

        test(elm).selectItem("KS2: standard");
        assertThat(layouts.of(person("elm.hana"))).isEqualTo(KeyStage.KS2);
        test(elm).selectItem("KS1: bigger, more pictures, fewer words");
        assertThat(layouts.of(person("elm.hana"))).isEqualTo(KeyStage.KS1);
    }

    @Test
    @WithUserDetails("oak.teacher")
    void aTeacherSeesTheLanguageButCannotChangeIt() {
        navigate(LayoutsView.class);

        assertThat(test(languageChoice()).isUsable()).isFalse();
        assertThat(languageChoice().getValue()).isEqualTo(Language.ENGLISH);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Only the administrator can change the language.");
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorSwitchesTheSchoolToWelshAndSeesEveryClass() {
        navigate(LayoutsView.class);

        assertThat(layoutChoices()).hasSize(2).allSatisfy(c -> assertThat(test(c).isUsable()).isTrue());
        test(languageChoice()).selectItem("Cymraeg (Welsh)");

        assertThat(language.current()).isEqualTo(Language.WELSH);
    }

    @Test
    @WithUserDetails("oak.teacher")
    void theStaffMenuLeadsToThePage() {
        navigate(LayoutsView.class);

        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("teacher/layouts");
    }

    @Test
    @WithUserDetails("oak.ava")
    void pupilsCannotOpenThePage() {
        PupilSession.agreeToRules(gate, rules);

        navigate("teacher/layouts", NotAllowedView.class);
    }

    @Test
    void theClassControlsPageGetsALayoutChoiceForEachClass() {
        Person teacher = person("oak.teacher");
        ClassInfo oak = roster.findClass(teacher.classId()).orElseThrow();

        assertThat(controls).anySatisfy(control -> assertThat(control.create(teacher, oak))
                .isInstanceOf(Div.class)
                .satisfies(component -> assertThat(component.getElement().getClassList())
                        .contains("kiosk-layout-choice")));
    }
}
