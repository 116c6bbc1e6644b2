package uk.safekiosk.kiosk.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.time.format.DateTimeFormatter;
import uk.safekiosk.kiosk.classroom.ClassControls;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.teacher.ClassControl;

/** The class's "Search" switch: on when a grown-up is in the room, off again by itself at the end of the day. */
@org.springframework.stereotype.Component
class SearchSwitchControl implements ClassControl {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ClassControls classes;

    SearchSwitchControl(ClassControls classes) {
        this.classes = classes;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(Person staff, ClassInfo schoolClass) {
        Checkbox toggle = new Checkbox();
        toggle.setLabel(toggle.getTranslation("classes.search"));
        toggle.setHelperText(toggle.getTranslation("classes.search.help",
                TIME.format(classes.searchSwitchesOffAt())));
        toggle.setValue(classes.isSearchOn(staff, schoolClass.id()));
        return Switches.asSwitch(toggle, "search", on -> classes.setSearch(staff, schoolClass.id(), on));
    }
}
