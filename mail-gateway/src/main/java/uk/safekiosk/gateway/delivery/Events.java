package uk.safekiosk.gateway.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.safekiosk.gateway.events.GatewayEvent;
import uk.safekiosk.gateway.events.GatewayListener;

/** Hands events to the kiosk's listener; a failing listener never changes what happens to a message. */
final class Events {

    private static final Logger LOG = LoggerFactory.getLogger(Events.class);

    private final GatewayListener listener;

    Events(GatewayListener listener) {
        this.listener = listener;
    }

    void publish(GatewayEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("Gateway listener failed on {}", event.getClass().getSimpleName(), e);
        }
    }
}
