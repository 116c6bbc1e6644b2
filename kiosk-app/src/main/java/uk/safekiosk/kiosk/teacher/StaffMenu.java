package uk.safekiosk.kiosk.teacher.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import java.util.Comparator;
import java.util.List;
import uk.safekiosk.kiosk.teacher.StaffPage;

/** The staff menu: one link per {@link StaffPage}, in order; put at the top of every staff view. */
public class StaffMenu extends Nav {

    public StaffMenu(List<StaffPage> pages) {
        addClassName("kiosk-staff-menu");
        pages.stream().sorted(Comparator.comparingInt(StaffPage::order))
                .forEach(page -> add(new Anchor(page.path(), getTranslation(page.wordingKey()))));
    }
}
