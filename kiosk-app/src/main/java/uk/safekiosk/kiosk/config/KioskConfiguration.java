package uk.safekiosk.kiosk.config;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.safekiosk.content.ContentSource;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(KioskProperties.class)
public class KioskConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    ContentSource contentSource(KioskProperties properties) {
        return ContentSource.withSchoolOverrides(properties.dataDir());
    }
}
