package uk.safekiosk.kiosk.held.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safekiosk.kiosk.held.BlockedAttempts;
import uk.safekiosk.kiosk.held.BlockedCount;
import uk.safekiosk.kiosk.roster.Person;

/**
 * How many messages of each pupil the gateway refused today (a phone number, an address, …): one line per pupil
 * with a count, most first, counting on while the page is open, instead of an alert per refusal.
 */
class BlockedToday extends Section {

    private final BlockedAttempts blocked;
    private final Person staff;
    private final Paragraph none = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final Map<String, BlockedCount> counts = new LinkedHashMap<>();
    private Runnable unsubscribe;

    BlockedToday(BlockedAttempts blocked, Person staff) {
        this.blocked = blocked;
        this.staff = staff;
        addClassName("kiosk-blocked-today");
        none.setText(getTranslation("blocked.none"));
        add(new H2(getTranslation("blocked.heading")), none, list);
        blocked.today(staff).forEach(c -> counts.put(c.username(), c));
        show();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = blocked.subscribe(staff, pupil -> ui.access(() -> {
            counts.merge(pupil.username(), new BlockedCount(pupil.username(), pupil.displayName(), pupil.classId(), 1),
                    (was, one) -> new BlockedCount(was.username(), was.pupilName(), was.classId(), was.count() + 1));
            show();
        }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private void show() {
        none.setVisible(counts.isEmpty());
        list.removeAll();
        counts.values().stream()
                .sorted(Comparator.comparingInt(BlockedCount::count).reversed().thenComparing(BlockedCount::pupilName))
                .forEach(c -> list.add(new ListItem(getTranslation("blocked.row", c.pupilName(), c.count()))));
    }
}
