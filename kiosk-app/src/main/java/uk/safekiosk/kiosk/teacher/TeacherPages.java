package uk.safekiosk.kiosk.teacher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The teacher feature's own entries in the staff menu. */
@Configuration
class TeacherPages {

    @Bean
    StaffPage liveScreen() {
        return new StaffPage("teacher.menu.live", "teacher", 0);
    }
}
