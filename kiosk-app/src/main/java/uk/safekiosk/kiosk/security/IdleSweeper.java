package uk.safekiosk.kiosk.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.config.KioskProperties;

/** Gives every pupil tab an idle guard and checks them all once a second. */
@Component
class IdleSweeper implements VaadinServiceInitListener {

    private final Set<PupilIdleGuard> guards = ConcurrentHashMap.newKeySet();
    private final CurrentUser currentUser;
    private final IdleTimings timings;
    private final Clock clock;

    IdleSweeper(CurrentUser currentUser, KioskProperties properties, Clock clock) {
        this.currentUser = currentUser;
        this.timings = new IdleTimings(properties.pupilIdleTimeout(), properties.pupilIdleWarning());
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (!currentUser.isPupil()) {
                return;
            }
            var ui = init.getUI();
            PupilIdleGuard guard = new PupilIdleGuard(ui, ui.getSession().getSession(), timings, clock);
            guard.install();
            guards.add(guard);
        });
    }

    @Scheduled(fixedDelay = 1000)
    void sweep() {
        guards.removeIf(guard -> !guard.sweep());
    }
}
