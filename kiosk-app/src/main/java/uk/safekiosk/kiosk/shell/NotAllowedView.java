package uk.safekiosk.kiosk.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import uk.safekiosk.kiosk.speech.ReadAloud;

/** A kind "not for you" page instead of a technical error. */
@PermitAll
public class NotAllowedView extends VerticalLayout
        implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("kiosk-not-allowed");
        String heading = getTranslation("error.not-allowed.heading");
        String text = getTranslation("error.not-allowed.text");
        add(new H1(heading), new Paragraph(text), new ReadAloud(ReadAloud.sentences(heading, text)),
                new Button(getTranslation("error.home"), click -> getUI().ifPresent(ui -> ui.navigate(""))));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-allowed.heading");
    }
}
