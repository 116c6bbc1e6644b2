package uk.safekiosk.kiosk.pictures;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safekiosk.kiosk.teacher.StaffPage;

/** The picture log-on cards in the staff menu. */
@Configuration
class PicturePages {

    @Bean
    StaffPage pictureCards() {
        return new StaffPage("pictures.menu", PictureLogOn.CARDS_PAGE, 30);
    }
}
