package uk.safekiosk.kiosk.pictures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import uk.safekiosk.kiosk.config.KioskProperties;
import uk.safekiosk.kiosk.pictures.Picture;
import uk.safekiosk.kiosk.pictures.PictureLogOn;
import uk.safekiosk.kiosk.pictures.PictureSequence;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.security.LogOnMethod;
import uk.safekiosk.kiosk.security.LogOnRefusedException;

/**
 * Log-on for children who cannot type well yet: tap your class, tap your name, tap your three pictures. After the
 * third picture the browser posts them like a password form (with the CSRF token), and Spring Security checks them.
 * Each step has its own address, so Back works and a wrong try returns straight to the child's pictures.
 */
@Route(value = PictureLogOn.PAGE, autoLayout = false)
@AnonymousAllowed
public class PictureLogOnView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CLASS = "class";

    /** The same shape of POST as Vaadin's log-on form: hidden fields plus the CSRF token from the page's meta tags. */
    private static final String SUBMIT = """
            const form = document.createElement('form');
            form.method = 'POST';
            form.action = $0;
            form.hidden = true;
            const add = (name, value) => {
              const input = document.createElement('input');
              input.type = 'hidden';
              input.name = name;
              input.value = value;
              form.appendChild(input);
            };
            add($1, $2);
            add($3, $4);
            const parameter = document.querySelector('meta[name=_csrf_parameter]');
            const token = document.querySelector('meta[name=_csrf]');
            if (parameter && token) {
              add(parameter.content, token.content);
            }
            document.body.appendChild(form);
            form.submit();
            """;

    private final PictureLogOn pictures;
    private final KioskProperties properties;
    private final List<Picture> tapped = new ArrayList<>();
    private final Div slots = new Div();
    private final List<Button> grid = new ArrayList<>();

    public PictureLogOnView(PictureLogOn pictures, KioskProperties properties) {
        this.pictures = pictures;
        this.properties = properties;
        addClassNames("kiosk-login", "kiosk-picture-logon");
        setAlignItems(Alignment.CENTER);
        slots.addClassName("kiosk-picture-slots");
        slots.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        tapped.clear();
        grid.clear();
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Optional<Person> pupil = first(params, LogOnMethod.USERNAME).flatMap(pictures::pupilToTap);
        if (pupil.isPresent()) {
            showPictures(pupil.get(), params.containsKey(LogOnMethod.ERROR));
            return;
        }
        Optional<ClassInfo> chosenClass = first(params, CLASS).flatMap(id -> pictures.pictureClasses().stream()
                .filter(c -> String.valueOf(c.id()).equals(id)).findFirst());
        chosenClass.ifPresentOrElse(this::showPupils, this::showClasses);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pictures.title");
    }

    private void showClasses() {
        add(new H1(getTranslation("pictures.choose-class")));
        List<ClassInfo> classes = pictures.pictureClasses();
        if (classes.isEmpty()) {
            add(new Paragraph(getTranslation("pictures.none")));
        }
        Div choices = choices();
        classes.forEach(c -> choices.add(bigButton(new Span(c.name()),
                () -> go(QueryParameters.of(CLASS, String.valueOf(c.id()))))));
        add(choices, backButton(() -> getUI().ifPresent(ui -> ui.navigate("login"))));
    }

    private void showPupils(ClassInfo schoolClass) {
        add(new H1(getTranslation("pictures.choose-name")));
        Div choices = choices();
        pictures.pupilsToTap(schoolClass.id()).forEach(pupil -> choices.add(bigButton(who(pupil),
                () -> go(QueryParameters.of(LogOnMethod.USERNAME, pupil.username())))));
        add(choices, backButton(() -> go(QueryParameters.empty())));
    }

    private void showPictures(Person pupil, boolean failed) {
        add(new H1(getTranslation("pictures.choose-pictures")), who(pupil));
        if (failed) {
            Paragraph notice = new Paragraph(failureText());
            notice.addClassName("kiosk-notice");
            notice.getElement().setAttribute("role", "alert");
            add(notice);
        }
        Div nine = new Div();
        nine.addClassName("kiosk-picture-grid");
        for (Picture picture : Picture.values()) {
            Button button = new Button(image(picture), click -> tap(pupil, picture));
            button.addClassName("kiosk-picture");
            grid.add(button);
            nine.add(button);
        }
        Button startAgain = new Button(getTranslation("pictures.start-again"), VaadinIcon.REFRESH.create(),
                click -> startAgain());
        startAgain.addClassName("kiosk-picture-start-again");
        Div actions = new Div(startAgain, backButton(() -> go(QueryParameters.of(CLASS,
                String.valueOf(pupil.classId())))));
        actions.addClassName("kiosk-picture-actions");
        add(slots, nine, actions);
        showSlots();
    }

    private void tap(Person pupil, Picture picture) {
        if (tapped.size() >= PictureSequence.LENGTH) {
            return;
        }
        tapped.add(picture);
        showSlots();
        if (tapped.size() == PictureSequence.LENGTH) {
            grid.forEach(button -> button.setEnabled(false));
            Paragraph checking = new Paragraph(getTranslation("pictures.checking"));
            checking.addClassName("kiosk-picture-checking");
            add(checking);
            getElement().executeJs(SUBMIT, PictureLogOn.PAGE, LogOnMethod.USERNAME, pupil.username(),
                    LogOnMethod.SECRET, new PictureSequence(tapped).text());
        }
    }

    private void startAgain() {
        tapped.clear();
        grid.forEach(button -> button.setEnabled(true));
        showSlots();
    }

    /** Three boxes that fill with the tapped pictures, and a line screen readers hear as each one fills. */
    private void showSlots() {
        slots.removeAll();
        for (int i = 0; i < PictureSequence.LENGTH; i++) {
            Div slot = new Div();
            slot.addClassName("kiosk-picture-slot");
            if (i < tapped.size()) {
                slot.add(image(tapped.get(i)));
            }
            slots.add(slot);
        }
        Span count = new Span(getTranslation("pictures.slots", tapped.size()));
        count.addClassName("kiosk-visually-hidden");
        slots.add(count);
    }

    private String failureText() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = session == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LogOnRefusedException refused) {
            return getTranslation(refused.refusal().wordingKey(), refused.refusal().arguments().toArray());
        }
        if (failure instanceof LockedException) {
            return getTranslation("login.locked", properties.login().lockMinutes());
        }
        return getTranslation("pictures.wrong");
    }

    private Image image(Picture picture) {
        Image image = new Image(picture.source(), getTranslation(picture.wordingKey()));
        image.addClassName("kiosk-picture-image");
        return image;
    }

    private static Div choices() {
        Div choices = new Div();
        choices.addClassName("kiosk-picture-choices");
        return choices;
    }

    private static Button bigButton(Component content, Runnable action) {
        Button button = new Button(content, click -> action.run());
        button.addClassName("kiosk-picture-choice");
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        return button;
    }

    private Button backButton(Runnable action) {
        Button back = new Button(getTranslation("pictures.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> action.run());
        back.addClassName("kiosk-picture-back");
        return back;
    }

    /** The child's "picture": the initial the kiosk uses everywhere, and their name. No photos. */
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

    private void go(QueryParameters parameters) {
        getUI().ifPresent(ui -> ui.navigate(PictureLogOnView.class, parameters));
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }
}
