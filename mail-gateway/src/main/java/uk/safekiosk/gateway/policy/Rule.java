package uk.safekiosk.gateway.policy;

import java.util.List;
import uk.safekiosk.gateway.message.MessageView;

/** One small, immutable check (a James-style matcher in typed Java). Rules never throw on odd input. */
public interface Rule {
    String id();

    List<Finding> inspect(MessageView message);
}
