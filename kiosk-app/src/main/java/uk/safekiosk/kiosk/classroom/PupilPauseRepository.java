package uk.safekiosk.kiosk.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

interface PupilPauseRepository extends JpaRepository<PupilPause, Long> {
}
