package uk.safekiosk.gateway.support;

import java.util.List;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.Policy;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.Verdict;

/** A tiny policy for gateway tests: one phone number blocks, marker words hold or escalate, attachments hold. */
public final class TestPolicy implements Policy {

    public static final String PHONE = "07700 900123";
    public static final String BLOCK_EXPLANATION = "Phone numbers are private, so this message was not sent.";
    public static final String HOLD_EXPLANATION = "Your teacher will read this first.";
    public static final String ESCALATE_EXPLANATION = "A grown-up will come and talk to you.";

    @Override
    public Verdict evaluate(MessageView message) {
        String body = message.body();
        int phone = body.indexOf(PHONE);
        if (phone >= 0) {
            return new Verdict.Block(List.of(new Finding(ReasonCode.PHONE, "test-phone", TextOrigin.BODY, phone,
                    phone + PHONE.length(), PHONE)), BLOCK_EXPLANATION);
        }
        if (body.contains("ESCALATEME")) {
            return new Verdict.Escalate(List.of(Finding.fact(ReasonCode.SELFHARM, "test-escalate", "ESCALATEME")),
                    ESCALATE_EXPLANATION);
        }
        if (body.contains("HOLDME")) {
            return new Verdict.Hold(List.of(Finding.fact(ReasonCode.OFFENSIVE, "test-hold", "HOLDME")),
                    HOLD_EXPLANATION);
        }
        if (!message.attachments().isEmpty() || !message.defects().isEmpty()) {
            return new Verdict.Hold(List.of(Finding.fact(ReasonCode.ATTACHMENT, "test-attachment", "part")),
                    HOLD_EXPLANATION);
        }
        return new Verdict.Deliver(List.of(), "");
    }
}
