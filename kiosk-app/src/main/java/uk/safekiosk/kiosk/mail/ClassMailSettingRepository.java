package uk.safekiosk.kiosk.mail;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClassMailSettingRepository extends JpaRepository<ClassMailSetting, Long> {
}
