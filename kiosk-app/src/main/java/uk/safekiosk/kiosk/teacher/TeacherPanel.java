package uk.safekiosk.kiosk.teacher;

import com.vaadin.flow.component.Component;
import uk.safekiosk.kiosk.roster.Person;

/**
 * A feature's panel on the teacher home (whistle reports, the search switch, …). Features contribute panels as Spring
 * beans, so the teacher home shows what exists without depending on the features.
 */
public interface TeacherPanel {

    /**
     * Sort order on the page, smallest first; panels come above the class lists. A negative order puts the panel
     * above the menu and the greeting (an urgent banner).
     */
    int order();

    /** A fresh component for this member of staff, made on every visit to the page. */
    Component create(Person staff);
}
