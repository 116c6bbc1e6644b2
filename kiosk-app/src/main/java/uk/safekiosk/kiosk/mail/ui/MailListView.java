package uk.safekiosk.kiosk.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import uk.safekiosk.kiosk.mail.MailAddOn;
import uk.safekiosk.kiosk.mail.MailFolder;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.mail.MailSummary;
import uk.safekiosk.kiosk.mail.MailUnavailableException;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.speech.ReadAloud;

/** A list of the logged-on member's own messages in one folder, newest first, big and readable. */
abstract class MailListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MailFolder folder;
    private final CurrentUser currentUser;
    private final MailService mail;
    private final List<MailAddOn> addOns;
    private final Clock clock;

    MailListView(MailFolder folder, CurrentUser currentUser, MailService mail, List<MailAddOn> addOns, Clock clock) {
        this.folder = folder;
        this.currentUser = currentUser;
        this.mail = mail;
        this.addOns = addOns;
        this.clock = clock;
        addClassName("kiosk-mail");
    }

    /** Rebuilt on every visit, so new mail shows whenever the child comes back. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Person me = currentUser.require();
        add(new H1(getTranslation("mail.heading")), toolbar(me));
        if (folder == MailFolder.INBOX) {
            addOns.stream().map(a -> a.aboveInbox(me)).filter(Objects::nonNull).forEach(this::add);
        }
        try {
            add(list(mail.list(me, folder)));
        } catch (MailUnavailableException e) {
            add(notice(getTranslation("mail.unavailable")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.heading");
    }

    private Component toolbar(Person me) {
        Div bar = new Div();
        bar.addClassName("kiosk-mail-toolbar");
        if (mail.isEmailOn(me)) {
            Button write = new Button(getTranslation("mail.new"), VaadinIcon.EDIT.create(),
                    click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(WriteView.class)));
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            write.addClassName("kiosk-mail-write");
            bar.add(write);
        } else {
            bar.add(notice(getTranslation("mail.resting")));
        }
        Nav folders = new Nav(folderLink(MailFolder.INBOX, InboxView.class, "mail.inbox"),
                folderLink(MailFolder.SENT, SentView.class, "mail.sent"));
        folders.addClassName("kiosk-mail-folders");
        bar.add(folders);
        return bar;
    }

    private RouterLink folderLink(MailFolder target, Class<? extends MailListView> view, String key) {
        RouterLink link = new RouterLink(getTranslation(key), view);
        link.addClassName("kiosk-mail-folder");
        if (target == folder) {
            link.getElement().setAttribute("aria-current", "page");
        }
        return link;
    }

    private Component list(List<MailSummary> messages) {
        if (messages.isEmpty()) {
            return new Paragraph(getTranslation(folder == MailFolder.INBOX ? "mail.empty.inbox" : "mail.empty.sent"));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("kiosk-mail-list");
        messages.forEach(m -> list.add(new ListItem(row(m))));
        return list;
    }

    private Component row(MailSummary m) {
        boolean inbox = folder == MailFolder.INBOX;
        String who = inbox ? m.from().name() : getTranslation("mail.to", MailParts.names(m.to()));
        String initial = inbox ? m.from().initial() : m.to().isEmpty() ? "?" : m.to().getFirst().initial();
        Span name = new Span(who);
        name.addClassName("kiosk-mail-who");
        Span subject = new Span(m.subject().isBlank() ? getTranslation("mail.no-subject") : m.subject());
        subject.addClassName("kiosk-mail-subject");
        Span when = new Span(MailParts.when(m.at(), clock, getLocale(), this::getTranslation));
        when.addClassName("kiosk-mail-when");
        Div text = new Div(name, subject, when);
        text.addClassName("kiosk-mail-text");
        RouterLink link = new RouterLink(ReadView.class,
                new RouteParameters(ReadView.params(folder, m.uid())));
        // The envelope picture is what KS1 pupils look for (the KS2 layout hides it): closed while new, else open.
        Icon picture = (m.unread() ? VaadinIcon.ENVELOPE : VaadinIcon.ENVELOPE_OPEN).create();
        picture.addClassName("kiosk-mail-picture");
        picture.getElement().setAttribute("aria-hidden", "true");
        link.add(MailParts.avatar(initial), picture, text);
        link.addClassName("kiosk-mail-row");
        if (m.unread()) {
            Span unread = new Span(getTranslation("mail.unread"));
            unread.addClassName("kiosk-mail-unread");
            link.add(unread);
            link.addClassName("kiosk-mail-row-unread");
        }
        return link;
    }

    /** A kind explanation, with "Read to me". */
    private static Component notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("kiosk-notice");
        Div withSpeech = new Div(notice, new ReadAloud(text));
        withSpeech.addClassName("kiosk-explained");
        return withSpeech;
    }
}
