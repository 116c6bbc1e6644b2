package uk.safekiosk.kiosk.classroom;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safekiosk.kiosk.teacher.StaffPage;

@Configuration
@EnableConfigurationProperties(ClassroomSettings.class)
class ClassroomConfiguration {

    @Bean
    StaffPage classesPage() {
        return new StaffPage("classes.menu", "teacher/classes", 20);
    }
}
