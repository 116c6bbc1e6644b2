package uk.safekiosk.kiosk.teacher;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import java.util.Comparator;
import java.util.List;

/**
 * The staff menu: one link per {@link StaffPage}, in order; put at the top of every staff view. It lives beside the
 * extension points rather than in {@code teacher.ui} so that every feature's staff views may use it.
 */
public class StaffMenu extends Nav {

    public StaffMenu(List<StaffPage> pages) {
        addClassName("kiosk-staff-menu");
        pages.stream().sorted(Comparator.comparingInt(StaffPage::order))
                .forEach(page -> add(new Anchor(page.path(), getTranslation(page.wordingKey()))));
    }
}
