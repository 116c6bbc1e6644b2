package uk.safekiosk.kiosk.home;

import com.vaadin.flow.component.icon.VaadinIcon;
import uk.safekiosk.kiosk.roster.Person;

/**
 * A feature's big tile on the pupil home. Features contribute tiles as Spring beans, so the home shows only what
 * exists and never depends on the features themselves.
 */
public interface PupilTile {

    /** Sort order on the home screen, smallest first. */
    int order();

    VaadinIcon icon();

    /** Message key of the tile's name. */
    String labelKey();

    /** Route to open. */
    String route();

    /**
     * Message key of a short line under the name when the tile is resting (e.g. the teacher switched the feature
     * off), or null when it is ready to use.
     */
    default String restingKey(Person pupil) {
        return null;
    }
}
