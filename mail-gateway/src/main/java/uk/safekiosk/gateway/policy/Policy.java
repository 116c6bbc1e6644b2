package uk.safekiosk.gateway.policy;

import uk.safekiosk.gateway.message.MessageView;

/** Decides what happens to a parsed message. The standard implementation is the chain of rules. */
@FunctionalInterface
public interface Policy {
    Verdict evaluate(MessageView message);
}
