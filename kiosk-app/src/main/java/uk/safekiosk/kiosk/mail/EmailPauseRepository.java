package uk.safekiosk.kiosk.mail;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmailPauseRepository extends JpaRepository<EmailPause, Long> {
}
