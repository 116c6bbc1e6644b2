package uk.safekiosk.kiosk.rules;

import java.time.Instant;

/** A pupil agreed to a version of the rules, at a time, on a device. */
public record Agreement(long memberId, Instant agreedAt, String rulesVersion, String device) {
    static Agreement of(RulesAgreement a) {
        return new Agreement(a.getMemberId(), a.getAgreedAt(), a.getRulesVersion(), a.getDevice());
    }
}
