package uk.safekiosk.kiosk.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The kind "we can't find that page" screen, for addresses that lead nowhere. */
@Route("not-found")
@PermitAll
public class LostView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "/not-found";

    public LostView() {
        addClassName("kiosk-not-found");
        add(new H1(getTranslation("error.not-found.heading")),
                new Paragraph(getTranslation("error.not-found.text")),
                new Button(getTranslation("error.home"), click -> getUI().ifPresent(ui -> ui.navigate(""))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.heading");
    }
}
