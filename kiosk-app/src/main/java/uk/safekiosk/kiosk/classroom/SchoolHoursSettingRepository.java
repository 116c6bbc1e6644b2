package uk.safekiosk.kiosk.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolHoursSettingRepository extends JpaRepository<SchoolHoursSetting, Integer> {
}
