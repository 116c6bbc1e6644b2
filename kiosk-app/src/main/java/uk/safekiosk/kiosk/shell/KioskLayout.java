package uk.safekiosk.kiosk.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Objects;
import uk.safekiosk.kiosk.roster.ClassLayouts;
import uk.safekiosk.kiosk.roster.KeyStage;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.security.CurrentUser;

/**
 * The frame around every screen after log-on: school, who is logged on, and Log out. A pupil's frame (and the page
 * body, for dialogs) carries their class's layout as {@code kiosk-ks1} or {@code kiosk-ks2}.
 */
@Layout
@PermitAll
public class KioskLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public KioskLayout(CurrentUser currentUser, RosterService roster, ClassLayouts layouts) {
        addClassName("kiosk-frame");
        Header header = new Header();
        header.addClassName("kiosk-header");
        Span school = new Span(roster.schoolName());
        school.addClassName("kiosk-school");
        header.add(school);
        currentUser.get().ifPresent(me -> {
            addClassName(me.isPupil() ? "kiosk-pupil" : "kiosk-staff");
            if (me.isPupil()) {
                String layout = layoutClass(layouts.of(me));
                addClassName(layout);
                UI.getCurrent().getElement().getClassList().add(layout);
            }
            header.add(homeLink(), whoIsLoggedOn(me));
            Button logOut = new Button(getTranslation("common.logout"), VaadinIcon.SIGN_OUT.create(),
                    click -> currentUser.logOut());
            logOut.addClassName("kiosk-logout");
            header.add(logOut);
        });
        content.addClassName("kiosk-content");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(Objects.requireNonNull(view.getElement()));
        }
    }

    /** Home from every screen, so nobody needs the browser's back button (which a kiosk browser may not show). */
    private Component homeLink() {
        Icon house = VaadinIcon.HOME.create();
        house.getElement().setAttribute("aria-hidden", "true");
        Anchor home = new Anchor("", house);
        home.add(getTranslation("common.home"));
        home.getElement().setAttribute("router-link", true);
        home.addClassName("kiosk-home-link");
        return home;
    }

    private static String layoutClass(KeyStage keyStage) {
        return "kiosk-" + keyStage.name().toLowerCase(Locale.ROOT);
    }

    private static Component whoIsLoggedOn(Person me) {
        Span avatar = new Span(me.initial());
        avatar.addClassName("kiosk-avatar");
        avatar.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(me.displayName());
        name.addClassName("kiosk-name");
        Div who = new Div(avatar, name);
        who.addClassName("kiosk-who");
        return who;
    }
}
