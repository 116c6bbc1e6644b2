package uk.safekiosk.kiosk.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.alerts.AlertKind;
import uk.safekiosk.kiosk.alerts.StaffAlert;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.home.ui.HomeView;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.rules.RulesGate;
import uk.safekiosk.kiosk.search.QueryReason;
import uk.safekiosk.kiosk.search.QueryVerdict;
import uk.safekiosk.kiosk.search.ScreenedQuery;
import uk.safekiosk.kiosk.search.SearchService;
import uk.safekiosk.kiosk.support.KioskViewTest;

/** The search screens without a browser, with the real Spring context, database and shipped content. */
class SearchViewTest extends KioskViewTest {

    @Autowired
    RosterService roster;
    @Autowired
    RulesGate gate;
    @Autowired
    StaffAlerts alerts;
    @Autowired
    SearchService search;

    private final List<StaffAlert> received = new CopyOnWriteArrayList<>();
    private Runnable unsubscribe = () -> { };

    @BeforeEach
    void listenAsTheSafeguardingLead() {
        unsubscribe = alerts.subscribe(roster.findByUsername("dsl").orElseThrow(), received::add);
    }

    @AfterEach
    void stopListening() {
        unsubscribe.run();
    }

    private void agreeToTheRules() {
        gate.markAgreed(VaadinSession.getCurrent(), gate.currentBook(UI.getCurrent().getLocale()).version());
    }

    private void searchFor(String query) {
        UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", query));
    }

    @Test
    @WithUserDetails("oak.ava")
    void showsTenBigResultCardsEachALinkInsideAListItem() {
        agreeToTheRules();

        searchFor("volcano");

        List<ListItem> cards = $(ListItem.class).all();
        assertThat(cards).hasSize(10);
        assertThat(cards).allSatisfy(card -> assertThat($(RouterLink.class, card).all()).hasSize(1));
        assertThat($(H3.class).first().getText()).isEqualTo("Volcanoes");
        assertThat($(RouterLink.class, cards.getFirst()).single().getHref())
                .isEqualTo("search/view?u=https%3A%2F%2Fatlas.kids.example%2Fvolcanoes%2Fvolcanoes.html");
        assertThat($(RouterLink.class).withText("Next page").all()).hasSize(1);
        assertThat($(TextField.class).single().getLabel()).isEqualTo("Search");
    }

    @Test
    @WithUserDetails("oak.ben")
    void aCardShowsThePagesPictureAndTheSite() {
        agreeToTheRules();

        searchFor("red foxes");

        ListItem foxes = $(ListItem.class).first();
        assertThat($(H3.class, foxes).single().getText()).isEqualTo("Red foxes");
        assertThat($(Image.class, foxes).single().getSrc()).isEqualTo("/search-files/nature/images/fox.svg");
        assertThat(foxes.getElement().getTextRecursively()).contains("From Oakfield Nature Notes");
    }

    @Test
    @WithUserDetails("oak.cara")
    void searchesTheRightSpellingForAChildsSpelling() {
        agreeToTheRules();

        searchFor("dinasor");

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("We looked for \"dinosaur\" instead.");
        assertThat($(H3.class).first().getText()).containsIgnoringCase("dinosaur");
    }

    @Test
    @WithUserDetails("oak.dev")
    void aBlockedSearchIsFriendlyLoggedAndReachesTheTeacher() {
        agreeToTheRules();
        Person dev = roster.findByUsername("oak.dev").orElseThrow();

        searchFor("facebook login");

        assertThat($(H2.class).single().getText()).isEqualTo("Let's look for something else");
        assertThat($(Button.class).withText("volcanoes").all()).hasSize(1);
        assertThat($(ListItem.class).all()).isEmpty();
        ScreenedQuery logged = search.recentSearches(roster.findByUsername("oak.teacher").orElseThrow(), 50)
                .stream().filter(q -> q.query().equals("facebook login") && q.pupilName().equals(dev.displayName()))
                .findFirst().orElseThrow();
        assertThat(logged.verdict()).isEqualTo(QueryVerdict.BLOCK);
        assertThat(logged.reasons()).containsExactly(QueryReason.SOCIAL_MEDIA);
        assertThat(received).anySatisfy(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.WORRYING_SEARCH);
            assertThat(alert.pupilName()).isEqualTo(dev.displayName());
            assertThat(alert.classId()).isEqualTo(dev.classId());
            assertThat(alert.summary()).contains("facebook login").contains("SOCIAL_MEDIA");
        });
    }

    @Test
    @WithUserDetails("oak.ela")
    void aWorryingSearchGetsAKindAnswerAndAlertsTheTeacherAtOnce() {
        agreeToTheRules();

        searchFor("how to hurt myself");

        assertThat($(H2.class).single().getText()).isEqualTo("Let's talk to a grown-up");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).contains("Childline"));
        assertThat(received).anySatisfy(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.WORRYING_SEARCH);
            assertThat(alert.pupilName()).isEqualTo("Ela K.");
            assertThat(alert.summary()).contains("how to hurt myself").contains("Talk to them now");
        });
    }

    @Test
    @WithUserDetails("elm.gus")
    void searchRestsWhileTheClassSwitchIsOff() {
        agreeToTheRules();

        navigate(HomeView.class);
        Button tile = $(Button.class).withText("Search").single();
        assertThat(tile.getElement().getTextRecursively()).contains("Search is resting — ask your teacher");
        searchFor("volcano");

        assertThat($(H2.class).single().getText()).isEqualTo("Search is resting");
        assertThat($(ListItem.class).all()).isEmpty();
        UI.getCurrent().navigate(PageView.class,
                QueryParameters.of("u", "https://nature.kids.example/animals/foxes.html"));
        assertThat($(Html.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("oak.finn")
    void theViewerShowsACleanedVettedPageAndReportsItToTheTeacher() {
        agreeToTheRules();

        UI.getCurrent().navigate(PageView.class,
                QueryParameters.of("u", "https://atlas.kids.example/volcanoes/volcanoes.html"));

        String page = $(Html.class).single().getInnerHtml();
        assertThat(page).contains("<h1>Volcanoes</h1>")
                .contains("href=\"/search/view?u=https%3A%2F%2Fatlas.kids.example%2Fvolcanoes%2Fpompeii.html\"")
                .contains("This link goes outside our safe websites")
                .doesNotContain("eruption-toys.example");
        test($(Button.class).withText("Report this page").single()).click();

        assertThat($(Button.class).withText("Report this page").single().isEnabled()).isFalse();
        assertThat(received).anySatisfy(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.PAGE_REPORT);
            assertThat(alert.pupilName()).isEqualTo("Finn O.");
            assertThat(alert.summary()).contains("Volcanoes").contains("https://atlas.kids.example/");
        });
    }

    @Test
    @WithUserDetails("oak.ava")
    void theViewerRefusesAnAddressOutsideTheVettedPages() {
        agreeToTheRules();

        UI.getCurrent().navigate(PageView.class, QueryParameters.of("u", "https://nature.kids.example@evil.example/"));

        assertThat($(H2.class).single().getText()).isEqualTo("This page is not one of our safe websites");
        assertThat($(Html.class).all()).isEmpty();
    }
}
