package uk.safekiosk.kiosk.roster;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClassLayoutRepository extends JpaRepository<ClassLayout, Long> {
}
