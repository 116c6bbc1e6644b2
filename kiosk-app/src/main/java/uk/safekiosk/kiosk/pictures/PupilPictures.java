package uk.safekiosk.kiosk.pictures;

import java.time.Instant;
import java.util.Optional;
import uk.safekiosk.kiosk.roster.Person;

/** A pupil on the staff's card page: whether they have pictures yet, and since when. Never the pictures. */
public record PupilPictures(Person pupil, Optional<Instant> setAt) {

    public boolean hasPictures() {
        return setAt.isPresent();
    }
}
