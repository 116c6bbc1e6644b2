package uk.safekiosk.kiosk.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.safekiosk.kiosk.classroom.PupilControls;
import uk.safekiosk.kiosk.roster.Person;

/** Asks first, then shows the new password once, for the teacher to read out. */
class NewPasswordDialog extends Dialog {

    NewPasswordDialog(Person staff, Person pupil, PupilControls pupils) {
        addClassName("kiosk-password-dialog");
        setHeaderTitle(getTranslation("classes.password.heading", pupil.displayName()));
        add(new Paragraph(getTranslation("classes.password.text")));
        Button cancel = new Button(getTranslation("classes.cancel"), click -> close());
        Button confirm = new Button(getTranslation("classes.password.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            String password = pupils.newPassword(staff, pupil.username());
            Span shown = new Span(password);
            shown.addClassName("kiosk-new-password");
            removeAll();
            add(new Paragraph(getTranslation("classes.password.read-out", pupil.displayName())), shown,
                    new Paragraph(getTranslation("classes.password.once")));
            getFooter().removeAll();
            Button done = new Button(getTranslation("classes.password.done"), again -> close());
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(done);
        });
        getFooter().add(cancel, confirm);
    }
}
