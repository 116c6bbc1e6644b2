package uk.safekiosk.gateway.smtp;

import java.util.List;
import uk.safekiosk.gateway.policy.Verdict;

/**
 * Where the SMTP front hands a whole, checked message. Must return only once a non-Block verdict is durable: the
 * front answers 250 as soon as it returns.
 */
@FunctionalInterface
public interface Intake {
    Verdict accept(String sender, List<String> recipients, byte[] rfc822);
}
