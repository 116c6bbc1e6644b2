package uk.safekiosk.kiosk.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: Lumo plus the kiosk theme jar, server push for live alerts, no stale pages after log-out. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("kiosk-theme/styles.css")
@StyleSheet("kiosk-theme/pictures.css")
@StyleSheet("kiosk-theme/a11y.css")
@StyleSheet("kiosk-theme/classroom.css")
@StyleSheet("kiosk-theme/layouts.css")
@StyleSheet("kiosk-theme/console.css")
public class KioskShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        // A page restored from the back-forward cache after log-out must not show the last pupil's screen.
        settings.addInlineWithContents(
                "window.addEventListener('pageshow', function (e) { if (e.persisted) { location.reload(); } });",
                Inline.Wrapping.JAVASCRIPT);
    }
}
