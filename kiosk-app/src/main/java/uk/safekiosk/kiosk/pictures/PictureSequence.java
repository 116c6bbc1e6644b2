package uk.safekiosk.kiosk.pictures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * A pupil's secret: three pictures tapped in order. A picture may come more than once, so there are 9 × 9 × 9 = 729
 * sequences; the lock-out after a few wrong tries is what makes guessing slow.
 */
public record PictureSequence(List<Picture> pictures) {

    public static final int LENGTH = 3;
    private static final String SEPARATOR = ",";

    public PictureSequence {
        pictures = List.copyOf(pictures);
        if (pictures.size() != LENGTH) {
            throw new IllegalArgumentException("A picture sequence has " + LENGTH + " pictures, not "
                    + pictures.size());
        }
    }

    public static PictureSequence of(Picture first, Picture second, Picture third) {
        return new PictureSequence(List.of(first, second, third));
    }

    /** A fresh secret; each picture chosen independently. */
    public static PictureSequence random(RandomGenerator random) {
        Picture[] all = Picture.values();
        List<Picture> chosen = new ArrayList<>();
        for (int i = 0; i < LENGTH; i++) {
            chosen.add(all[random.nextInt(all.length)]);
        }
        return new PictureSequence(chosen);
    }

    /** Reads "cat,apple,star"; anything else (unknown names, too few or too many) is no sequence. */
    public static Optional<PictureSequence> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] ids = text.strip().split(SEPARATOR, -1);
        if (ids.length != LENGTH) {
            return Optional.empty();
        }
        List<Picture> pictures = new ArrayList<>();
        for (String id : ids) {
            Optional<Picture> picture = Picture.byId(id.strip());
            if (picture.isEmpty()) {
                return Optional.empty();
            }
            pictures.add(picture.get());
        }
        return Optional.of(new PictureSequence(pictures));
    }

    /** "cat,apple,star": what is posted at log-on and what is hashed. */
    public String text() {
        return pictures.stream().map(Picture::id).collect(Collectors.joining(SEPARATOR));
    }

    @Override
    public String toString() {
        return "PictureSequence[hidden]";
    }
}
