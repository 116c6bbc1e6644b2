package uk.safekiosk.kiosk.classroom;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.security.LogOnRefusal;

/**
 * A pupil paused while logged on (or whose school hours end) does not stay logged on: at their next navigation, and
 * within seconds on a screen left open (checked every few seconds and pushed), the browser goes to
 * {@link EndedLogOnServlet}, which ends the session in the browser's own request and shows the log-on page with the
 * same kind words a log-on would get.
 */
@Component
class OpenSessionCheck implements VaadinServiceInitListener {

    private static final long EVERY_FEW_SECONDS = 3_000;

    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final CurrentUser currentUser;
    private final PupilPauses pauses;
    private final SchoolHoursRule hours;
    private final Clock clock;

    OpenSessionCheck(CurrentUser currentUser, PupilPauses pauses, SchoolHoursRule hours, Clock clock) {
        this.currentUser = currentUser;
        this.pauses = pauses;
        this.hours = hours;
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> currentUser.get().filter(Person::isPupil).ifPresent(pupil -> {
            UI ui = init.getUI();
            Watch watch = new Watch(ui, pupil);
            ui.addBeforeEnterListener(enter -> {
                if (refusal(pupil, clock.instant()).isPresent()) {
                    enter.forwardToUrl(EndedLogOnServlet.ADDRESS);
                }
            });
            ui.addDetachListener(detach -> watches.remove(watch));
            watches.add(watch);
        }));
    }

    /** What a pupil would be told if they logged on now. */
    Optional<LogOnRefusal> refusal(Person pupil, Instant now) {
        return pauses.refuse(pupil, now).or(() -> hours.refuse(pupil, now));
    }

    @Scheduled(fixedDelay = EVERY_FEW_SECONDS)
    void sweep() {
        Instant now = clock.instant();
        for (Watch watch : List.copyOf(watches)) {
            UI ui = watch.ui();
            if (ui.isClosing() || !ui.isAttached()) {
                watches.remove(watch);
            } else if (refusal(watch.pupil(), now).isPresent()) {
                watches.remove(watch);
                ui.access(() -> ui.getPage().setLocation(EndedLogOnServlet.ADDRESS));
            }
        }
    }

    /** How many open pupil screens are being watched. */
    int watching() {
        return watches.size();
    }

    private record Watch(UI ui, Person pupil) {
    }
}
