package uk.safekiosk.kiosk.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.safekiosk.kiosk.roster.SchoolLanguage;

/**
 * Every session and page speaks the school's language, whatever the browser asks for: the session's and each page's
 * locale (which picks the wording and the rules), and {@code <html lang>} (which screen readers and the browser's own
 * speech use). Read again for every page, so the administrator's switch shows on the next page opened.
 */
@Component
class SchoolLocale implements VaadinServiceInitListener {

    private final SchoolLanguage language;

    SchoolLocale(SchoolLanguage language) {
        this.language = language;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(language.current().locale()));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(language.current().locale()));
        event.addIndexHtmlRequestListener(response -> response.getDocument().select("html")
                .attr("lang", language.current().locale().toLanguageTag()));
    }
}
