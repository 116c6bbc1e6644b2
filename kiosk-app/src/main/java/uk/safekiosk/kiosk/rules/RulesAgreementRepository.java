package uk.safekiosk.kiosk.rules;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RulesAgreementRepository extends JpaRepository<RulesAgreement, Long> {
    List<RulesAgreement> findByAgreedAtGreaterThanEqualAndAgreedAtLessThanOrderByAgreedAt(Instant from, Instant to);

    List<RulesAgreement> findByMemberIdOrderByAgreedAt(Long memberId);
}
