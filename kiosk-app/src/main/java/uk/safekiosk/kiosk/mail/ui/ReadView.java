package uk.safekiosk.kiosk.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.safekiosk.kiosk.mail.MailAddOn;
import uk.safekiosk.kiosk.mail.MailFolder;
import uk.safekiosk.kiosk.mail.MailItem;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.mail.MailSummary;
import uk.safekiosk.kiosk.mail.MailUnavailableException;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.speech.ReadAloud;

/**
 * One message of the logged-on member. The address names only a folder and a UID, and both are looked up in the
 * logged-on member's own mailbox: no address or request can open anyone else's mail.
 */
@Route("mail/:folder(inbox|sent)/:uid([0-9]{1,18})")
@PermitAll
public class ReadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String FOLDER = "folder";
    static final String UID = "uid";

    private final CurrentUser currentUser;
    private final MailService mail;
    private final List<MailAddOn> addOns;
    private final Clock clock;
    private String title = "";

    public ReadView(CurrentUser currentUser, MailService mail, List<MailAddOn> addOns, Clock clock) {
        this.currentUser = currentUser;
        this.mail = mail;
        this.addOns = addOns;
        this.clock = clock;
        addClassName("kiosk-mail-read");
    }

    static Map<String, String> params(MailFolder folder, long uid) {
        return Map.of(FOLDER, folder.segment(), UID, Long.toString(uid));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Person me = currentUser.require();
        Optional<MailFolder> folder = event.getRouteParameters().get(FOLDER).flatMap(MailFolder::ofSegment);
        Optional<Long> uid = event.getRouteParameters().getLong(UID);
        if (folder.isEmpty() || uid.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Optional<MailItem> item;
        try {
            item = mail.read(me, folder.get(), uid.get());
        } catch (MailUnavailableException e) {
            add(backLink(MailFolder.INBOX), new Paragraph(getTranslation("mail.unavailable")));
            return;
        }
        if (item.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(me, item.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Person me, MailItem item) {
        MailSummary m = item.summary();
        boolean received = m.folder() == MailFolder.INBOX;
        title = m.subject().isBlank() ? getTranslation("mail.no-subject") : m.subject();

        Span who = new Span(received ? getTranslation("mail.from", m.from().name())
                : getTranslation("mail.to", MailParts.names(m.to())));
        who.addClassName("kiosk-mail-who");
        Span when = new Span(MailParts.when(m.at(), clock, getLocale(), this::getTranslation));
        when.addClassName("kiosk-mail-when");
        ReadAloud readIt = new ReadAloud(ReadAloud.sentences(who.getText(), title, item.text()));
        Div whoLine = new Div(MailParts.avatar(received ? m.from().initial()
                : m.to().isEmpty() ? "?" : m.to().getFirst().initial()), new Div(who, when), readIt);
        whoLine.addClassName("kiosk-mail-header");

        Div body = new Div();
        body.setText(item.text());
        body.addClassName("kiosk-mail-body");

        Div actions = new Div();
        actions.addClassName("kiosk-actions");
        if (received && mail.isEmailOn(me)) {
            Button reply = new Button(getTranslation("mail.reply"), VaadinIcon.REPLY.create(),
                    click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(WriteView.class,
                            QueryParameters.of(WriteView.REPLY_TO, Long.toString(m.uid())))));
            reply.addThemeVariants(ButtonVariant.LUMO_LARGE);
            actions.add(reply);
        }
        if (received) {
            addOns.stream().map(a -> a.forReceivedMessage(me, item)).filter(Objects::nonNull).forEach(actions::add);
        }
        add(backLink(m.folder()), new H1(title), whoLine, body, actions);
    }

    private Component backLink(MailFolder folder) {
        RouterLink back = new RouterLink(getTranslation("mail.back"),
                folder == MailFolder.INBOX ? InboxView.class : SentView.class);
        back.addClassName("kiosk-mail-back");
        return back;
    }
}
