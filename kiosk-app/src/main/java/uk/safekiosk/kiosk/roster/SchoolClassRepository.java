package uk.safekiosk.kiosk.roster;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {
    List<SchoolClass> findAllByOrderByName();
}
