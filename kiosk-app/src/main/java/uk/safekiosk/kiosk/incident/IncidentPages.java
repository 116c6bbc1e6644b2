package uk.safekiosk.kiosk.incident;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safekiosk.kiosk.teacher.StaffPage;

/** The incident log's entry in the staff menu. */
@Configuration
class IncidentPages {

    @Bean
    StaffPage incidentLog() {
        return new StaffPage("incident.menu", "teacher/incidents", 10);
    }
}
