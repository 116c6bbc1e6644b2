package uk.safekiosk.kiosk.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.roster.Person;

/**
 * The {@link LogOnRule}s hold while someone is logged on too: a pupil paused by their teacher (or whose school hours
 * end) leaves at their next navigation, and within seconds on a screen left open (checked every few seconds, pushed).
 * The browser goes to {@link LogOnEndedServlet}, which ends the session in the browser's own request and shows the
 * log-on page with the words a log-on would get.
 */
@Component
class LogOnRecheck implements VaadinServiceInitListener {

    private static final long EVERY_FEW_SECONDS = 3_000;

    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final CurrentUser currentUser;
    private final LogOnRules rules;

    LogOnRecheck(CurrentUser currentUser, LogOnRules rules) {
        this.currentUser = currentUser;
        this.rules = rules;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> currentUser.get().ifPresent(person -> {
            UI ui = init.getUI();
            Watch watch = new Watch(ui, person);
            ui.addBeforeEnterListener(enter -> {
                if (rules.refusal(person).isPresent()) {
                    enter.forwardToUrl(LogOnEndedServlet.ADDRESS);
                }
            });
            ui.addDetachListener(detach -> watches.remove(watch));
            watches.add(watch);
        }));
    }

    @Scheduled(fixedDelay = EVERY_FEW_SECONDS)
    void sweep() {
        for (Watch watch : List.copyOf(watches)) {
            UI ui = watch.ui();
            if (ui.isClosing() || !ui.isAttached()) {
                watches.remove(watch);
            } else if (rules.refusal(watch.person()).isPresent()) {
                watches.remove(watch);
                ui.access(() -> ui.getPage().setLocation(LogOnEndedServlet.ADDRESS));
            }
        }
    }

    private record Watch(UI ui, Person person) {
    }
}
