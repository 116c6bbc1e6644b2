package uk.safekiosk.kiosk.classroom;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.teacher.StaffPage;

@Configuration
@EnableConfigurationProperties(ClassroomSettings.class)
class ClassroomConfiguration {

    @Bean
    StaffPage classesPage() {
        return new StaffPage("classes.menu", "teacher/classes", 20);
    }

    @Bean
    ServletRegistrationBean<EndedLogOnServlet> endedLogOnServlet(OpenSessionCheck check, RosterService roster,
                                                                 Clock clock) {
        return new ServletRegistrationBean<>(new EndedLogOnServlet(check, roster, clock), EndedLogOnServlet.PATH);
    }
}
