package uk.safekiosk.kiosk.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A kind "this page is not here" page instead of a technical error. */
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("kiosk-not-found");
        add(new H1(getTranslation("error.not-found.heading")),
                new Paragraph(getTranslation("error.not-found.text")),
                new Button(getTranslation("error.home"), click -> getUI().ifPresent(ui -> ui.navigate(""))));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
