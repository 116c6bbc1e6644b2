package uk.safekiosk.kiosk.roster;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, Long> {
    Optional<Member> findByUsername(String username);

    Optional<Member> findByEmailIgnoreCase(String email);

    List<Member> findBySchoolClassIdOrderByDisplayName(Long classId);

    List<Member> findBySchoolClassIdAndRoleOrderByDisplayName(Long classId, Role role);
}
