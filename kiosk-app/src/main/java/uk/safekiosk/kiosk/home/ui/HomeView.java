package uk.safekiosk.kiosk.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.safekiosk.kiosk.home.PupilTile;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.speech.ReadAloud;

/**
 * The pupil home: a greeting with "Read to me", and one big tile per feature, its picture in front of its name. Staff
 * are sent to their own home.
 */
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
        List<String> reading = new ArrayList<>();
        String greeting = getTranslation("home.greeting", firstName(me));
        String intro = getTranslation("home.intro");
        reading.add(greeting);
        reading.add(intro);
        tiles.forEach(tile -> tileRow.add(tileButton(tile, me, reading)));
        Div top = new Div(new H1(greeting), new ReadAloud(ReadAloud.sentences(reading.toArray(String[]::new))));
        top.addClassName("kiosk-greeting");
        add(top, new Paragraph(intro), tileRow);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }

    /** A tile with its picture in front of its name; adds what it says to {@code reading} for "Read to me". */
    private Button tileButton(PupilTile tile, Person me, List<String> reading) {
        String label = getTranslation(tile.labelKey());
        Icon picture = tile.icon().create();
        picture.getElement().setAttribute("aria-hidden", "true");
        picture.addClassName("kiosk-tile-picture");
        Button button = new Button(label);
        // In the label itself rather than the icon slot, so the picture stands above the word.
        button.getElement().insertChild(0, picture.getElement());
        button.addClassName("kiosk-tile");
        reading.add(label);
        String resting = tile.restingKey(me);
        if (resting != null) {
            reading.add(getTranslation(resting));
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
