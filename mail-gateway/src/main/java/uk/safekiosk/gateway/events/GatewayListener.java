package uk.safekiosk.gateway.events;

/**
 * Port: the kiosk hears of deliveries, blocks, held and escalated messages as they happen. Called on the gateway's own
 * threads (an SMTP session's for blocked/held/escalated, the delivery thread for delivered): hand work off quickly.
 * Exceptions are logged and otherwise ignored; they never change what happens to the message.
 */
@FunctionalInterface
public interface GatewayListener {

    void onEvent(GatewayEvent event);

    static GatewayListener none() {
        return event -> {};
    }
}
