package uk.safekiosk.kiosk.held.ui;

import com.vaadin.flow.component.Component;
import uk.safekiosk.kiosk.held.BlockedAttempts;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.teacher.TeacherPanel;

/** "Stopped today" on the live screen, after safe search. */
@org.springframework.stereotype.Component
class BlockedTodayPanel implements TeacherPanel {

    private final BlockedAttempts blocked;

    BlockedTodayPanel(BlockedAttempts blocked) {
        this.blocked = blocked;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(Person staff) {
        return new BlockedToday(blocked, staff);
    }
}
