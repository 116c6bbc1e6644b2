package uk.safekiosk.kiosk.pictures;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PictureClassRepository extends JpaRepository<PictureClassSetting, Long> {

    List<PictureClassSetting> findByPicturesOnTrue();
}
