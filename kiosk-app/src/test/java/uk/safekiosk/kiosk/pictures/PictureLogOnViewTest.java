package uk.safekiosk.kiosk.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import uk.safekiosk.kiosk.pictures.ui.PictureLogOnView;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.security.LogOnRefusal;
import uk.safekiosk.kiosk.security.LogOnRefusedException;
import uk.safekiosk.kiosk.security.ui.LoginView;
import uk.safekiosk.kiosk.support.KioskViewTest;

/** The pupils' picture log-on page, as nobody is logged on yet. */
class PictureLogOnViewTest extends KioskViewTest {

    @Autowired
    RosterService roster;

    @Test
    void theLogOnPageOffersABigPicturesButtonThatLeadsToTheClasses() {
        navigate(LoginView.class);

        test(button("Pictures")).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Tap your class");
    }

    @Test
    void onlyClassesThatLogOnWithPicturesAreOffered() {
        navigate(PictureLogOnView.class);

        assertThat(buttonTexts()).contains("Elm Class", "Back").doesNotContain("Oak Class");
    }

    @Test
    void aClassShowsEachPupilsInitialAndName() {
        navigate(PictureLogOnView.class);
        test(button("Elm Class")).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Tap your name");
        List<String> names = roster.pupilsOf(person("elm.gus").classId()).stream()
                .map(p -> p.initial() + p.displayName()).toList();
        assertThat(buttonTexts()).containsAll(names);
        assertThat($(Image.class).all()).as("no photos of children").isEmpty();
    }

    @Test
    void aTypedPasswordClassOrPupilGivesNoNamesAndNoPictures() {
        show(QueryParameters.of("class", String.valueOf(person("oak.ava").classId())));
        assertThat($(H1.class).single().getText()).isEqualTo("Tap your class");

        show(QueryParameters.of("username", "oak.ava"));
        assertThat($(H1.class).single().getText()).isEqualTo("Tap your class");
        assertThat(buttonTexts()).doesNotContain("AAva S.");
    }

    @Test
    void tappingThreePicturesFillsTheSlotsThenSendsThem() {
        show(QueryParameters.of("username", "elm.gus"));
        assertThat($(H1.class).single().getText()).isEqualTo("Tap your three pictures");
        assertThat(pictureButtons()).hasSize(9)
                .extracting(b -> $(Image.class, b).single().getAlt().orElseThrow())
                .containsExactly("cat", "fish", "bird", "apple", "banana", "grapes", "star", "house", "car");

        test(picture("cat")).click();
        test(picture("apple")).click();

        assertThat(slotPictures()).containsExactly("cat", "apple");
        assertThat(slotsText()).isEqualTo("Pictures tapped: 2 of 3");
        test(picture("star")).click();
        assertThat(slotPictures()).containsExactly("cat", "apple", "star");
        assertThat(pictureButtons()).noneMatch(Button::isEnabled);
        assertThat($(Paragraph.class).withText("Checking your pictures…").exists()).isTrue();
    }

    @Test
    void startAgainEmptiesTheSlots() {
        show(QueryParameters.of("username", "elm.hana"));
        test(picture("fish")).click();

        test(button("Start again")).click();

        assertThat(slotPictures()).isEmpty();
        assertThat(slotsText()).isEqualTo("Pictures tapped: 0 of 3");
        assertThat(pictureButtons()).allMatch(Button::isEnabled);
    }

    @Test
    void aWrongTryComesBackToTheSamePicturesWithAKindMessage() {
        failedWith(new BadCredentialsException("wrong"));
        show(QueryParameters.simple(Map.of("username", "elm.ivy", "error", "")));

        assertThat(notice()).isEqualTo("Those were not your pictures. Try again!");
        assertThat($(Span.class).withText("Ivy L.").exists()).isTrue();
        assertThat(pictureButtons()).hasSize(9).allMatch(Button::isEnabled);
    }

    @Test
    void aLockedAccountIsToldToWaitOrAskTheTeacher() {
        failedWith(new LockedException("locked"));
        show(QueryParameters.simple(Map.of("username", "elm.ivy", "error", "")));

        assertThat(notice()).isEqualTo("Too many tries. Wait 2 minutes, or ask your teacher to help you.");
    }

    @Test
    void aLogOnRuleRefusalIsShownInItsOwnWords() {
        failedWith(new LogOnRefusedException(LogOnRefusal.of("pictures.use-pictures")));
        show(QueryParameters.simple(Map.of("username", "elm.ivy", "error", "")));

        assertThat(notice()).isEqualTo("Your class logs in with pictures. Press Pictures to log in.");
    }

    private void show(QueryParameters parameters) {
        UI.getCurrent().navigate(PictureLogOnView.class, parameters);
    }

    private static void failedWith(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }

    private Button button(String text) {
        return $(Button.class).withCondition(b -> b.getElement().getTextRecursively().contains(text)).first();
    }

    private List<String> buttonTexts() {
        return $(Button.class).all().stream().map(b -> b.getElement().getTextRecursively().strip()).toList();
    }

    private List<Button> pictureButtons() {
        return $(Button.class).withClassName("kiosk-picture").all();
    }

    private Button picture(String name) {
        return pictureButtons().stream()
                .filter(b -> $(Image.class, b).single().getAlt().orElse("").equals(name)).findFirst().orElseThrow();
    }

    private List<String> slotPictures() {
        Div slots = $(Div.class).withClassName("kiosk-picture-slots").single();
        return $(Image.class, slots).all().stream().map(i -> i.getAlt().orElseThrow()).toList();
    }

    private String slotsText() {
        Div slots = $(Div.class).withClassName("kiosk-picture-slots").single();
        return $(Span.class, slots).withClassName("kiosk-visually-hidden").single().getText();
    }

    private String notice() {
        return $(Paragraph.class).withClassName("kiosk-notice").single().getText();
    }

    private Person person(String username) {
        return roster.findByUsername(username).orElseThrow();
    }
}
