package uk.safekiosk.kiosk.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.pictures.ui.PictureCardsView;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.rules.RulesGate;
import uk.safekiosk.kiosk.rules.RulesService;
import uk.safekiosk.kiosk.shell.NotAllowedView;
import uk.safekiosk.kiosk.support.KioskViewTest;
import uk.safekiosk.kiosk.support.PupilSession;
import uk.safekiosk.kiosk.teacher.ClassControl;

/**
 * The staff's printable cards and the class control. Cards are made for Oak Class (typed passwords in the demo), so
 * the demo class keeps the pictures README lists.
 */
class PictureCardsViewTest extends KioskViewTest {

    @Autowired
    RosterService roster;
    @Autowired
    PictureLogOn pictures;
    @Autowired
    AuditLog audit;
    @Autowired
    List<ClassControl> controls;
    @Autowired
    RulesGate gate;
    @Autowired
    RulesService rules;

    @Test
    @WithUserDetails("elm.teacher")
    void aTeacherSeesTheirClassWithThePicturesKeptSecret() {
        navigate(PictureCardsView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Picture log-on cards: Elm Class");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("Picture cards");
        List<Div> cards = cards();
        assertThat(cards).hasSize(roster.pupilsOf(person("elm.gus").classId()).size());
        assertThat(cards).allSatisfy(card -> {
            assertThat(card.getElement().getTextRecursively()).contains("Pictures hidden (made ");
            assertThat($(Image.class, card).all()).isEmpty();
        });
    }

    @Test
    @WithUserDetails("dsl")
    void newPicturesShowOnTheCardOnceAndAreThePupilsNewSecret() {
        navigate(PictureCardsView.class);
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getText).contains("Elm Class", "Oak Class");
        Person ava = person("oak.ava");
        Person dsl = person("dsl");
        navigate("teacher/picture-cards/" + ava.classId(), PictureCardsView.class);

        test($(Button.class).withCondition(b -> ("New pictures for " + ava.displayName())
                .equals(b.getElement().getAttribute("aria-label"))).single()).click();

        Div card = cardOf(ava);
        assertThat(card.getClassNames()).contains("kiosk-picture-card-shown");
        PictureSequence shown = new PictureSequence($(Image.class, $(OrderedList.class, card).single()).all()
                .stream().map(image -> pictureFrom(image.getSrc())).toList());
        assertThat(card.getElement().getTextRecursively()).contains(
                "Tap Pictures, then Oak Class, then Ava S., then these pictures in order:");
        pictures.switchPictures(dsl, ava.classId(), true);
        try {
            assertThat(pictures.matches("oak.ava", shown)).isTrue();
        } finally {
            pictures.switchPictures(dsl, ava.classId(), false);
        }
        assertThat(audit.timeline("oak.ava").getFirst()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.PASSWORD_RESET);
            assertThat(entry.actor()).isEqualTo("dsl");
        });
        navigate("teacher/picture-cards/" + ava.classId(), PictureCardsView.class);
        assertThat($(Image.class, cardOf(ava)).all()).as("shown once only").isEmpty();
    }

    @Test
    @WithUserDetails("oak.teacher")
    void newPicturesForEveryoneAskFirstThenShowEveryCard() {
        navigate(PictureCardsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Picture log-on cards: Oak Class");

        test($(Button.class).withText("New pictures for everyone").single()).click();
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("New pictures for everyone in Oak Class?");
        test($(Button.class, dialog).withText("Yes, new pictures").single()).click();

        assertThat(cards()).isNotEmpty().allSatisfy(card -> {
            assertThat(card.getClassNames()).contains("kiosk-picture-card-shown");
            assertThat($(Image.class, card).all()).hasSize(PictureSequence.LENGTH);
        });
    }

    @Test
    @WithUserDetails("oak.teacher")
    void aTeacherCannotOpenAnotherClasssCards() {
        long elm = person("elm.gus").classId();

        navigate("teacher/picture-cards/" + elm, NotAllowedView.class);

        assertThat(cards()).isEmpty();
        assertThat($(H1.class).single().getText()).isEqualTo("This page is not for you");
    }

    @Test
    @WithUserDetails("elm.gus")
    void aPupilCannotOpenTheCards() {
        PupilSession.agreeToRules(gate, rules);

        navigate("teacher/picture-cards", Component.class);

        assertThat($(Div.class).withClassName("kiosk-picture-card").all()).isEmpty();
        assertThat($(H1.class).all()).extracting(H1::getText).noneMatch(t -> t.startsWith("Picture log-on cards"));
    }

    @Test
    @WithUserDetails("elm.teacher")
    void theClassControlSwitchesPicturesForTheTeachersOwnClassOnly() {
        Person me = person("elm.teacher");
        ClassInfo elm = roster.findClass(me.classId()).orElseThrow();
        ClassInfo oak = roster.findClass(person("oak.ava").classId()).orElseThrow();

        Checkbox own = toggle(control(me, elm));
        assertThat(own.getLabel()).isEqualTo("Log on with pictures");
        assertThat(own.getValue()).isTrue();
        try {
            test(own).click();
            assertThat(pictures.usesPictures(elm.id())).isFalse();
        } finally {
            pictures.switchPictures(me, elm.id(), true);
        }
        Component other = control(me, oak);
        assertThat(toggle(other).isReadOnly()).isTrue();
        assertThat($(RouterLink.class, control(me, elm)).single().getHref())
                .isEqualTo("teacher/picture-cards/" + elm.id());
    }

    /** The picture control for the class, on the page as the class controls page would show it. */
    private Component control(Person staff, ClassInfo schoolClass) {
        Component control = controls.stream()
                .filter(c -> c.getClass().getSimpleName().equals("PictureClassControl"))
                .map(c -> c.create(staff, schoolClass))
                .findFirst().orElseThrow();
        UI.getCurrent().add(control);
        return control;
    }

    private Checkbox toggle(Component control) {
        return $(Checkbox.class, control).single();
    }

    private List<Div> cards() {
        return $(Div.class).withClassName("kiosk-picture-card").all();
    }

    private Div cardOf(Person pupil) {
        return cards().stream().filter(c -> c.getElement().getTextRecursively().contains(pupil.displayName()))
                .findFirst().orElseThrow();
    }

    private static Picture pictureFrom(String source) {
        return Arrays.stream(Picture.values()).filter(p -> p.source().equals(source)).findFirst()
                .orElseThrow();
    }

    private Person person(String username) {
        return roster.findByUsername(username).orElseThrow();
    }
}
