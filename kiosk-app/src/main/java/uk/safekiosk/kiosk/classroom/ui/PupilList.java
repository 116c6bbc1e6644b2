package uk.safekiosk.kiosk.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.util.List;
import uk.safekiosk.kiosk.classroom.PupilControls;
import uk.safekiosk.kiosk.classroom.PupilStatus;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;

/** One row per pupil: name (to their timeline), rules today, any pause, and what the teacher can do. */
class PupilList extends Div {

    private final Person staff;
    private final PupilControls pupils;
    private final Clock clock;

    PupilList(Person staff, ClassInfo schoolClass, PupilControls pupils, Clock clock) {
        this.staff = staff;
        this.pupils = pupils;
        this.clock = clock;
        addClassName("kiosk-pupil-list");
        add(new H3(getTranslation("classes.pupils.heading")));
        List<PupilStatus> statuses = pupils.pupilsOf(staff, schoolClass.id());
        if (statuses.isEmpty()) {
            add(new Paragraph(getTranslation("classes.pupils.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        statuses.forEach(status -> {
            ListItem row = new ListItem();
            row.addClassName("kiosk-pupil-row");
            fill(row, status);
            list.add(row);
        });
        add(list);
    }

    private void fill(ListItem row, PupilStatus status) {
        row.removeAll();
        Person pupil = status.pupil();
        row.getElement().setAttribute("data-pupil", pupil.username());
        Anchor name = new Anchor("teacher/pupil/" + pupil.username(), pupil.displayName());
        name.addClassName("kiosk-pupil-name");
        Span rules = new Span(status.agreedToday()
                .map(at -> getTranslation("classes.pupil.rules.agreed", Times.time(at, clock)))
                .orElseGet(() -> getTranslation("classes.pupil.rules.not-yet")));
        rules.addClassName(status.agreedToday().isPresent() ? "kiosk-rules-agreed" : "kiosk-rules-not-yet");
        row.add(name, rules);
        status.pausedUntil().ifPresent(until -> {
            Span paused = new Span(getTranslation("classes.pupil.paused", Times.moment(until, clock)));
            paused.addClassName("kiosk-paused");
            row.add(paused);
        });
        Button pauseOrLift = status.pausedUntil().isPresent()
                ? action("classes.pupil.unpause", "classes.pupil.unpause.for", pupil,
                        () -> fill(row, pupils.lift(staff, pupil.username())))
                : action("classes.pupil.pause", "classes.pupil.pause.for", pupil,
                        () -> new PauseDialog(staff, pupil, pupils, clock, paused -> fill(row, paused)).open());
        Button password = action("classes.pupil.password", "classes.pupil.password.for", pupil,
                () -> new NewPasswordDialog(staff, pupil, pupils).open());
        Div actions = new Div(pauseOrLift, password);
        actions.addClassName("kiosk-pupil-actions");
        row.add(actions);
    }

    /** A short button text, and a full name for screen readers and tests ("Pause Ava S."). */
    private Button action(String textKey, String nameKey, Person pupil, Runnable onClick) {
        Button button = new Button(getTranslation(textKey), click -> onClick.run());
        button.setAriaLabel(getTranslation(nameKey, pupil.displayName()));
        return button;
    }
}
