package uk.safekiosk.kiosk.alerts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.safekiosk.kiosk.roster.Person;

/**
 * Live alerts to every open staff screen. Features {@link #publish} an alert; a staff screen {@link #subscribe}s while
 * it is open and pushes what it receives to the browser (in its own {@code UI.access}). A teacher receives alerts for
 * their own class; the DSL and the administrator receive all.
 */
@Service
public class StaffAlerts {

    private static final Logger log = LoggerFactory.getLogger(StaffAlerts.class);

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();

    /** Delivers to every matching open screen; a failing screen never stops the others. */
    public void publish(StaffAlert alert) {
        for (Subscription s : List.copyOf(subscriptions)) {
            if (receives(s.staff(), alert)) {
                try {
                    s.listener().accept(alert);
                } catch (RuntimeException e) {
                    log.warn("A staff screen could not take an alert", e);
                }
            }
        }
    }

    /** Returns what to call when the screen closes. */
    public Runnable subscribe(Person staff, Consumer<StaffAlert> listener) {
        if (!staff.role().isStaff()) {
            throw new IllegalArgumentException("Only staff receive alerts");
        }
        Subscription subscription = new Subscription(staff, listener);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    /**
     * Keeps part of a staff screen up to date: while {@code part} is on screen, each alert of one of {@code kinds}
     * for {@code staff} runs {@code onAlert} in the part's UI (pushed to the browser). Nothing is held once it leaves.
     */
    public void whileAttached(Component part, Person staff, Set<AlertKind> kinds, Consumer<StaffAlert> onAlert) {
        part.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable unsubscribe = subscribe(staff, alert -> {
                if (kinds.contains(alert.kind())) {
                    ui.access(() -> onAlert.accept(alert));
                }
            });
            part.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }

    /** Whether this member of staff should see this alert (also used to filter lists of past alerts). */
    public static boolean receives(Person staff, StaffAlert alert) {
        return switch (staff.role()) {
            case DSL, ADMIN -> true;
            case TEACHER -> alert.classId() != null && alert.classId().equals(staff.classId());
            case PUPIL -> false;
        };
    }

    private record Subscription(Person staff, Consumer<StaffAlert> listener) {
    }
}
