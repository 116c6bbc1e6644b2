package uk.safekiosk.kiosk.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import uk.safekiosk.kiosk.classroom.PupilControls;
import uk.safekiosk.kiosk.classroom.PupilStatus;
import uk.safekiosk.kiosk.roster.Person;

/** Pause a pupil until a time the teacher picks (an hour from now to start with). */
class PauseDialog extends Dialog {

    private static final Duration SUGGESTED = Duration.ofHours(1);

    PauseDialog(Person staff, Person pupil, PupilControls pupils, Clock clock, Consumer<PupilStatus> paused) {
        addClassName("kiosk-pause-dialog");
        setHeaderTitle(getTranslation("classes.pause.heading", pupil.displayName()));
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        DateTimePicker until = new DateTimePicker(getTranslation("classes.pause.until"), now.plus(SUGGESTED));
        until.setMin(now);
        until.setErrorMessage(getTranslation("classes.pause.invalid"));
        add(new Paragraph(getTranslation("classes.pause.text", pupil.displayName())), until);
        Button confirm = new Button(getTranslation("classes.pause.confirm"), click -> {
            LocalDateTime chosen = until.getValue();
            if (chosen == null || !chosen.atZone(clock.getZone()).toInstant().isAfter(clock.instant())) {
                until.setInvalid(true);
                return;
            }
            paused.accept(pupils.pause(staff, pupil.username(), chosen.atZone(clock.getZone()).toInstant()));
            close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("classes.cancel"), click -> close()), confirm);
    }
}
