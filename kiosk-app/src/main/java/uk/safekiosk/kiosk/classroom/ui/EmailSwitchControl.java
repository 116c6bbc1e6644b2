package uk.safekiosk.kiosk.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import uk.safekiosk.kiosk.classroom.ClassControls;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.teacher.ClassControl;

/** The class's "Email" switch; the mail gateway refuses the class's pupils while it is off. */
@org.springframework.stereotype.Component
class EmailSwitchControl implements ClassControl {

    private final ClassControls classes;

    EmailSwitchControl(ClassControls classes) {
        this.classes = classes;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Component create(Person staff, ClassInfo schoolClass) {
        Checkbox toggle = new Checkbox();
        toggle.setLabel(toggle.getTranslation("classes.email"));
        toggle.setHelperText(toggle.getTranslation("classes.email.help"));
        toggle.setValue(classes.isEmailOn(staff, schoolClass.id()));
        return Switches.asSwitch(toggle, "email", on -> classes.setEmail(staff, schoolClass.id(), on));
    }
}
