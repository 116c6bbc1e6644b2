package uk.safekiosk.gateway.smtp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.safekiosk.gateway.policy.Verdict;

/**
 * Where the SMTP front hands a whole, checked message. Must return only once a non-Block verdict is durable: the
 * front answers 250 as soon as it returns.
 */
@FunctionalInterface
public interface Intake {
    Decision accept(String sender, List<String> recipients, byte[] rfc822);

    /**
     * The verdict on one message and the gateway's id for it. The 250 reply names the id the way Postfix does
     * ("queued as"), so a client such as the kiosk can ask the gateway afterwards whether it was held.
     */
    record Decision(String id, Verdict verdict) {

        private static final Pattern QUEUED_AS = Pattern.compile("queued as (\\S+)");

        public Decision {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(verdict, "verdict");
        }

        /** The text of the 250 reply, without the code. */
        public String reply() {
            return "2.0.0 Ok: queued as " + id;
        }

        /** The id named in a 250 reply of this gateway, if it names one. */
        public static Optional<String> idInReply(String reply) {
            if (reply == null) {
                return Optional.empty();
            }
            Matcher m = QUEUED_AS.matcher(reply);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }
    }
}
