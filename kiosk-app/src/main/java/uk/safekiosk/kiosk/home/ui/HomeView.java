package uk.safekiosk.kiosk.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import uk.safekiosk.kiosk.home.PupilTile;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.security.CurrentUser;

/** The pupil home: a greeting and one big tile per feature. Staff are sent to their own home. */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final List<PupilTile> tiles;

    public HomeView(CurrentUser currentUser, List<PupilTile> tiles) {
        this.currentUser = currentUser;
        this.tiles = tiles.stream().sorted(Comparator.comparingInt(PupilTile::order)).toList();
        addClassName("kiosk-home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Person me = currentUser.require();
        if (!me.isPupil()) {
            event.forwardTo("teacher");
            return;
        }
        removeAll();
        Div tileRow = new Div();
        tileRow.addClassName("kiosk-tiles");
        tiles.forEach(tile -> tileRow.add(tileButton(tile, me)));
        add(new H1(getTranslation("home.greeting", firstName(me))), new Paragraph(getTranslation("home.intro")),
                tileRow);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }

    private Button tileButton(PupilTile tile, Person me) {
        String label = getTranslation(tile.labelKey());
        Button button = new Button(label, tile.icon().create());
        button.addClassName("kiosk-tile");
        String resting = tile.restingKey(me);
        if (resting != null) {
            Span note = new Span(getTranslation(resting));
            note.addClassName("kiosk-tile-note");
            button.getElement().appendChild(note.getElement());
            button.addClassName("kiosk-tile-resting");
        }
        button.addClickListener(click -> button.getUI().ifPresent(ui -> ui.navigate(tile.route())));
        return button;
    }

    private static String firstName(Person person) {
        String name = person.displayName();
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }
}
