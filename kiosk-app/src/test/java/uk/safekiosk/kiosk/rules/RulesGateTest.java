package uk.safekiosk.kiosk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.home.ui.HomeView;
import uk.safekiosk.kiosk.roster.KeyStage;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.rules.ui.RulesView;
import uk.safekiosk.kiosk.shell.NotAllowedView;
import uk.safekiosk.kiosk.speech.ReadAloud;
import uk.safekiosk.kiosk.support.KioskViewTest;
import uk.safekiosk.kiosk.teacher.ui.TeacherHomeView;

class RulesGateTest extends KioskViewTest {

    @Autowired
    RulesService rules;
    @Autowired
    RosterService roster;

    @Test
    @WithUserDetails("oak.ava")
    void pupilWhoHasNotAgreedIsSentToTheRulesFromAnyRoute() {
        navigate("", RulesView.class);
        navigate("teacher", RulesView.class);
        navigate("no-such-page", RulesView.class);
    }

    @Test
    @WithUserDetails("oak.ben")
    void rulesAreShownAsListItemsWithAnIconEach() {
        navigate(RulesView.class);

        var items = $(ListItem.class).all();
        assertThat(items).hasSizeGreaterThanOrEqualTo(12);
        assertThat(items).allSatisfy(item -> assertThat(item.getElement().getChild(0).getTag())
                .isEqualTo("vaadin-icon"));
    }

    @Test
    @WithUserDetails("oak.cara")
    void agreeingRecordsWhoWhichVersionAndDeviceThenOpensHome() {
        long cara = roster.findByUsername("oak.cara").orElseThrow().id();
        int before = rules.agreementsOf(cara).size();

        navigate(RulesView.class);
        test($(Button.class).withText("I agree").single()).click();

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        var agreements = rules.agreementsOf(cara);
        assertThat(agreements).hasSize(before + 1);
        var latest = agreements.getLast();
        assertThat(latest.rulesVersion()).isEqualTo(rules.ruleBook(java.util.Locale.UK).version());
        assertThat(latest.device()).isNotBlank();
    }

    @Test
    @WithUserDetails("oak.dev")
    void afterAgreeingThePupilMovesFreelyButNeverIntoTeacherPages() {
        navigate(RulesView.class);
        test($(Button.class).withText("I agree").single()).click();

        navigate(HomeView.class);
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);

        navigate("teacher", NotAllowedView.class);
    }

    @Test
    @WithUserDetails("elm.ivy")
    void aKs1PupilGetsTheShortRulesAsPictureCardsEachReadAloud() {
        navigate(RulesView.class);

        RuleBook shortRules = rules.ruleBook(Locale.UK, KeyStage.KS1);
        var items = $(ListItem.class).all();
        assertThat(items).hasSize(shortRules.rules().size()).hasSizeLessThan(rules.ruleBook(Locale.UK).rules().size());
        assertThat(items).allSatisfy(item -> {
            assertThat(item.getElement().getChild(0).getTag()).isEqualTo("vaadin-icon");
            assertThat(item.getChildren().filter(ReadAloud.class::isInstance).count()).isEqualTo(1);
        });
        assertThat(UI.getCurrent().getElement().getClassList()).contains("kiosk-ks1").doesNotContain("kiosk-ks2");
    }

    @Test
    @WithUserDetails("elm.jay")
    void aKs1PupilsAgreementRecordsTheShortRulesVersion() {
        long jay = roster.findByUsername("elm.jay").orElseThrow().id();

        navigate(RulesView.class);
        test($(Button.class).withText("I agree").single()).click();

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(rules.agreementsOf(jay).getLast().rulesVersion())
                .isEqualTo(rules.ruleBook(Locale.UK, KeyStage.KS1).version());
    }

    @Test
    @WithUserDetails("oak.teacher")
    void staffSkipTheGateAndLandOnTheTeacherHome() {
        navigate("", TeacherHomeView.class);
    }

    @Test
    @WithUserDetails("dsl")
    void theSafeguardingLeadSkipsTheGateToo() {
        navigate(TeacherHomeView.class);
        assertThat(getCurrentView()).isInstanceOf(TeacherHomeView.class);
    }
}
