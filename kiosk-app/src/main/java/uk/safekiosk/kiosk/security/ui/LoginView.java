package uk.safekiosk.kiosk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import uk.safekiosk.kiosk.config.KioskProperties;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.security.LogOnMethod;
import uk.safekiosk.kiosk.security.LogOnRefusedException;
import uk.safekiosk.kiosk.speech.ReadAloud;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final ReadAloud readNotice = new ReadAloud("");
    private final Div explained = new Div(notice, readNotice);
    private final KioskProperties properties;

    public LoginView(RosterService roster, KioskProperties properties, List<LogOnMethod> methods) {
        this.properties = properties;
        addClassName("kiosk-login");
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        notice.addClassName("kiosk-notice");
        explained.addClassName("kiosk-explained");
        explained.setVisible(false);
        add(new H1(roster.schoolName()), explained);
        methods.stream().filter(LogOnMethod::offered).forEach(method -> add(entry(method)));
        add(form);
    }

    /** A big button for another way to log on, above the typed form: the youngest children cannot type well. */
    private Button entry(LogOnMethod method) {
        Div pictures = new Div();
        pictures.addClassName("kiosk-logon-method-pictures");
        method.entryImages().forEach(src -> pictures.add(new Image(src, "")));
        Button button = new Button(getTranslation(method.entryWordingKey()), pictures,
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(method.path())));
        button.addClassName("kiosk-logon-method");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        return button;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("error")) {
            if (lastFailure() instanceof LogOnRefusedException refused) {
                showNotice(getTranslation(refused.refusal().wordingKey(), refused.refusal().arguments().toArray()));
            } else if (lastFailure() instanceof LockedException) {
                showNotice(getTranslation("login.locked", properties.login().lockMinutes()));
            } else {
                form.setError(true);
                // The form shows its own error box; "Read to me" reads it.
                notice.setVisible(false);
                readNotice.setWords(ReadAloud.sentences(getTranslation("login.error.title"),
                        getTranslation("login.error.message")));
                explained.setVisible(true);
            }
        } else if (params.containsKey("idle")) {
            showNotice(getTranslation("login.idle"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
        readNotice.setWords(text);
        explained.setVisible(true);
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        i18n.setAdditionalInformation(null);
        return i18n;
    }
}
