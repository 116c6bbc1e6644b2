package uk.safekiosk.kiosk.search;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.home.PupilTile;
import uk.safekiosk.kiosk.roster.Person;

/** The "Search" tile on the pupil home; it rests while the class's switch is off. */
@Component
class SearchTile implements PupilTile {

    static final String ROUTE = "search";

    private final SearchSwitches switches;

    SearchTile(SearchSwitches switches) {
        this.switches = switches;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.SEARCH;
    }

    @Override
    public String labelKey() {
        return "search.tile";
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String restingKey(Person pupil) {
        return switches.maySearch(pupil) ? null : "search.tile.resting";
    }
}
