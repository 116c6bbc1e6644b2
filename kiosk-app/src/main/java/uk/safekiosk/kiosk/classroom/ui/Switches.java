package uk.safekiosk.kiosk.classroom.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.function.Consumer;

/**
 * A checkbox styled as an on/off switch (a native checkbox underneath, so every browser and screen reader knows it),
 * acting only on the teacher's own clicks.
 */
final class Switches {

    private Switches() {
    }

    static Checkbox asSwitch(Checkbox toggle, String name, Consumer<Boolean> onChange) {
        toggle.addClassNames("kiosk-switch", "kiosk-switch-" + name);
        toggle.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onChange.accept(change.getValue());
            }
        });
        return toggle;
    }
}
