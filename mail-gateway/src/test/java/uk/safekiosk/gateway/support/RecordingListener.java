package uk.safekiosk.gateway.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.safekiosk.gateway.events.GatewayEvent;
import uk.safekiosk.gateway.events.GatewayListener;

/** Keeps every event, for assertions. */
public final class RecordingListener implements GatewayListener {

    private final List<GatewayEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(GatewayEvent event) {
        events.add(event);
    }

    public <E extends GatewayEvent> List<E> of(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
