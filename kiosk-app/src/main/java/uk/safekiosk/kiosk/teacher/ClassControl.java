package uk.safekiosk.kiosk.teacher;

import com.vaadin.flow.component.Component;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;

/**
 * A feature's control for one class on the class controls page (the search switch, email on/off, picture log-on, the
 * KS1/KS2 layout, …). Features contribute controls as Spring beans, so the page shows what exists without depending
 * on the features. Each control checks on the server that {@code staff} may change {@code schoolClass}.
 */
public interface ClassControl {

    /** Sort order within the class's card, smallest first. */
    int order();

    /** A fresh component for this member of staff and class, made on every visit to the page. */
    Component create(Person staff, ClassInfo schoolClass);
}
