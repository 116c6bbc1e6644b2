package uk.safekiosk.kiosk.pictures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.safekiosk.kiosk.pictures.NewPictures;
import uk.safekiosk.kiosk.pictures.Picture;
import uk.safekiosk.kiosk.pictures.PictureLogOn;
import uk.safekiosk.kiosk.pictures.PictureSequence;
import uk.safekiosk.kiosk.pictures.PupilPictures;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.teacher.StaffPage;
import uk.safekiosk.kiosk.teacher.StaffMenu;

/**
 * Printable log-on cards for a class. The pictures are hashed, so a card shows them only right after a member of
 * staff made new ones on this page (once: leaving the page forgets them); printing prints just those cards.
 */
@Route(PictureLogOn.CARDS_PAGE + "/:" + PictureCardsView.CLASS_ID + "?")
@RolesAllowed({"TEACHER", "DSL", "ADMIN"})
public class PictureCardsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CLASS_ID = "classId";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CurrentUser currentUser;
    private final RosterService roster;
    private final PictureLogOn pictures;
    private final List<StaffPage> staffPages;
    private final Clock clock;
    private final Map<String, PictureSequence> shownOnce = new HashMap<>();
    private final Div cards = new Div();

    public PictureCardsView(CurrentUser currentUser, RosterService roster, PictureLogOn pictures,
                            List<StaffPage> staffPages, Clock clock) {
        this.currentUser = currentUser;
        this.roster = roster;
        this.pictures = pictures;
        this.staffPages = staffPages;
        this.clock = clock;
        addClassName("kiosk-picture-cards-page");
        cards.addClassName("kiosk-picture-cards");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        shownOnce.clear();
        Person me = currentUser.require();
        add(new StaffMenu(staffPages));
        List<ClassInfo> visible = roster.classesVisibleTo(me);
        Optional<Long> classId = event.getRouteParameters().getLong(CLASS_ID);
        if (classId.isEmpty() && visible.size() == 1) {
            classId = Optional.of(visible.getFirst().id());
        }
        if (classId.isEmpty()) {
            showClassChoice(visible);
            return;
        }
        Optional<ClassInfo> schoolClass = roster.findClass(classId.get());
        if (schoolClass.isEmpty() || !pictures.mayManage(me, schoolClass.get().id())) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        showClass(me, schoolClass.get());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pictures.cards.title");
    }

    private void showClassChoice(List<ClassInfo> visible) {
        add(new H1(getTranslation("pictures.cards.title")), new H2(getTranslation("pictures.cards.choose-class")));
        Div links = new Div();
        links.addClassName("kiosk-picture-class-links");
        visible.forEach(c -> links.add(new RouterLink(c.name(), PictureCardsView.class,
                new RouteParameters(CLASS_ID, String.valueOf(c.id())))));
        add(links);
    }

    private void showClass(Person me, ClassInfo schoolClass) {
        add(new H1(getTranslation("pictures.cards.heading", schoolClass.name())));
        Paragraph explain = new Paragraph(getTranslation("pictures.cards.explain"));
        explain.addClassName("kiosk-picture-cards-help");
        add(explain);
        if (!pictures.usesPictures(schoolClass.id())) {
            Paragraph typed = new Paragraph(getTranslation("pictures.cards.typed"));
            typed.addClassNames("kiosk-notice", "kiosk-picture-cards-help");
            add(typed);
        }
        Button everyone = new Button(getTranslation("pictures.cards.new-all"), VaadinIcon.REFRESH.create(),
                click -> confirmEveryone(me, schoolClass));
        Button print = new Button(getTranslation("pictures.cards.print"), VaadinIcon.PRINT.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div tools = new Div(everyone, print);
        tools.addClassName("kiosk-picture-cards-tools");
        add(tools, cards);
        showCards(me, schoolClass);
    }

    private void confirmEveryone(Person me, ClassInfo schoolClass) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("pictures.cards.confirm-all.heading", schoolClass.name()));
        dialog.add(new Paragraph(getTranslation("pictures.cards.confirm-all.text")));
        Button yes = new Button(getTranslation("pictures.cards.confirm"), click -> {
            dialog.close();
            pictures.newPicturesForClass(me, schoolClass.id()).forEach(this::remember);
            showCards(me, schoolClass);
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("pictures.cards.cancel"), click -> dialog.close()), yes);
        dialog.open();
    }

    private void showCards(Person me, ClassInfo schoolClass) {
        cards.removeAll();
        pictures.pupilsOf(me, schoolClass.id()).forEach(pupil -> cards.add(card(me, schoolClass, pupil)));
    }

    private Component card(Person me, ClassInfo schoolClass, PupilPictures pupilPictures) {
        Person pupil = pupilPictures.pupil();
        Div card = new Div();
        card.addClassName("kiosk-picture-card");
        Span school = new Span(getTranslation("pictures.cards.school", roster.schoolName(), schoolClass.name()));
        school.addClassName("kiosk-picture-card-school");
        card.add(school, who(pupil));
        PictureSequence sequence = shownOnce.get(pupil.username());
        if (sequence != null) {
            card.addClassName("kiosk-picture-card-shown");
            card.add(new Paragraph(getTranslation("pictures.cards.how", schoolClass.name(), pupil.displayName())),
                    sequenceList(sequence));
            Paragraph once = new Paragraph(getTranslation("pictures.cards.shown-once"));
            once.addClassName("kiosk-picture-cards-help");
            card.add(once);
            return card;
        }
        String status = pupilPictures.setAt()
                .map(at -> getTranslation("pictures.cards.hidden", DAY.format(at.atZone(clock.getZone()))))
                .orElseGet(() -> getTranslation("pictures.cards.none"));
        Button renew = new Button(getTranslation("pictures.cards.new"), VaadinIcon.REFRESH.create(), click -> {
            remember(pictures.newPictures(me, pupil.username()));
            showCards(me, schoolClass);
        });
        renew.getElement().setAttribute("aria-label", getTranslation("pictures.cards.new-for", pupil.displayName()));
        card.add(new Paragraph(status), renew);
        return card;
    }

    private OrderedList sequenceList(PictureSequence sequence) {
        OrderedList list = new OrderedList();
        list.addClassName("kiosk-picture-card-sequence");
        for (Picture picture : sequence.pictures()) {
            String name = getTranslation(picture.wordingKey());
            Image image = new Image(picture.source(), "");
            image.addClassName("kiosk-picture-image");
            list.add(new ListItem(image, new Span(name)));
        }
        return list;
    }

    private void remember(NewPictures made) {
        shownOnce.put(made.pupil().username(), made.sequence());
    }

    private static Component who(Person pupil) {
        Span avatar = new Span(pupil.initial());
        avatar.addClassName("kiosk-avatar");
        avatar.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(pupil.displayName());
        name.addClassName("kiosk-name");
        Div who = new Div(avatar, name);
        who.addClassName("kiosk-who");
        return who;
    }
}
