package uk.safekiosk.kiosk.pictures;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.security.LogOnMethod;
import uk.safekiosk.kiosk.security.LogOnRefusal;

/**
 * Pictures as a way to log on. Security does the rest (lock-out, log-on rules, session); this only says whether the
 * tapped pictures are the pupil's, and sends a picture class's pupils away from the typed password form.
 */
@Component
class PictureLogOnMethod implements LogOnMethod {

    private final PictureLogOn pictures;

    PictureLogOnMethod(PictureLogOn pictures) {
        this.pictures = pictures;
    }

    @Override
    public String path() {
        return PictureLogOn.PAGE;
    }

    @Override
    public String entryWordingKey() {
        return "pictures.entry";
    }

    @Override
    public List<String> entryImages() {
        return Stream.of(Picture.CAT, Picture.APPLE, Picture.STAR).map(Picture::source).toList();
    }

    @Override
    public boolean offered() {
        return !pictures.pictureClasses().isEmpty();
    }

    @Override
    public boolean secretMatches(String username, String secret) {
        return PictureSequence.parse(secret).map(tapped -> pictures.matches(username, tapped)).orElse(false);
    }

    @Override
    public Optional<LogOnRefusal> refusePassword(String username) {
        return pictures.pupilToTap(username).map(pupil -> LogOnRefusal.of("pictures.use-pictures"));
    }
}
