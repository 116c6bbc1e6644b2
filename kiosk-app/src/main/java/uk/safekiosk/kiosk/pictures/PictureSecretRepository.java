package uk.safekiosk.kiosk.pictures;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PictureSecretRepository extends JpaRepository<PictureSecret, Long> {

    List<PictureSecret> findByMemberIdIn(Collection<Long> memberIds);
}
