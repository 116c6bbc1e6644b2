package uk.safekiosk.kiosk.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.safekiosk.kiosk.speech.ReadAloud;

/** The kind "we can't find that page" screen, for addresses that lead nowhere. */
@Route("not-found")
@PermitAll
public class LostView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "/not-found";

    public LostView() {
        addClassName("kiosk-not-found");
        String heading = getTranslation("error.not-found.heading");
        String text = getTranslation("error.not-found.text");
        add(new H1(heading), new Paragraph(text), new ReadAloud(ReadAloud.sentences(heading, text)),
                new Button(getTranslation("error.home"), click -> getUI().ifPresent(ui -> ui.navigate(""))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.heading");
    }
}
