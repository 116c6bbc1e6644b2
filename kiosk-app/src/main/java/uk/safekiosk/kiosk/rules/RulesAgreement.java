package uk.safekiosk.kiosk.rules;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "rules_agreement")
class RulesAgreement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long memberId;
    private Instant agreedAt;
    private String rulesVersion;
    private String device;

    protected RulesAgreement() {
    }

    RulesAgreement(Long memberId, Instant agreedAt, String rulesVersion, String device) {
        this.memberId = memberId;
        this.agreedAt = agreedAt;
        this.rulesVersion = rulesVersion;
        this.device = device;
    }

    Long getMemberId() {
        return memberId;
    }

    Instant getAgreedAt() {
        return agreedAt;
    }

    String getRulesVersion() {
        return rulesVersion;
    }

    String getDevice() {
        return device;
    }
}
