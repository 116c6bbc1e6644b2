package uk.safekiosk.kiosk.teacher.ui;

import com.vaadin.flow.component.Component;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.ClassLayouts;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.teacher.ClassControl;

/** The KS1/KS2 layout choice on each class's card of the class controls page. */
@org.springframework.stereotype.Component
class LayoutControl implements ClassControl {

    private final ClassLayouts layouts;

    LayoutControl(ClassLayouts layouts) {
        this.layouts = layouts;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component create(Person staff, ClassInfo schoolClass) {
        return new LayoutChoice(layouts, staff, schoolClass);
    }
}
