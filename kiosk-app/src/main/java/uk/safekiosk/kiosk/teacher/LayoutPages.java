package uk.safekiosk.kiosk.teacher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The staff menu's entry for the layouts and language page. */
@Configuration
class LayoutPages {

    @Bean
    StaffPage layoutsAndLanguage() {
        return new StaffPage("teacher.menu.layouts", "teacher/layouts", 40);
    }
}
