package uk.safekiosk.kiosk.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.mail.Draft;
import uk.safekiosk.kiosk.mail.LiveHint;
import uk.safekiosk.kiosk.mail.MailFolder;
import uk.safekiosk.kiosk.mail.MailItem;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.mail.MailUnavailableException;
import uk.safekiosk.kiosk.mail.SendOutcome;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.speech.ReadAloud;

/**
 * Writing a message: people picked from the class list (never typed addresses), a subject and the text. While the
 * child writes, the gateway's own rules run in-process and a kind hint shows what to take out, with the part
 * highlighted. Send goes through the gateway as the logged-on pupil, and its answer is shown in kid words.
 */
@Route("mail/new")
@PermitAll
public class WriteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String REPLY_TO = "reply";
    private static final int LIVE_CHECK_PAUSE_MILLIS = 350;
    private static final int MAX_SUBJECT = 200;
    private static final int MAX_TEXT = 5000;

    private final CurrentUser currentUser;
    private final MailService mail;
    private final CheckboxGroup<Person> to = new CheckboxGroup<>();
    private final TextField subject = new TextField();
    private final TextArea text = new TextArea();
    private final Div hints = new Div();
    private final Div answer = new Div();
    private Person me;

    public WriteView(CurrentUser currentUser, MailService mail) {
        this.currentUser = currentUser;
        this.mail = mail;
        addClassName("kiosk-mail-write-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        me = currentUser.require();
        add(backLink(), new H1(getTranslation("mail.write.heading")));
        if (!mail.isEmailOn(me)) {
            add(notice(getTranslation("mail.resting")));
            return;
        }
        buildForm();
        event.getLocation().getQueryParameters().getSingleParameter(REPLY_TO)
                .flatMap(WriteView::parseUid)
                .ifPresent(this::replyTo);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.write.heading");
    }

    private void buildForm() {
        to.setLabel(getTranslation("mail.write.to"));
        to.setItems(mail.recipientsFor(me));
        to.setItemLabelGenerator(Person::displayName);
        to.setRenderer(new ComponentRenderer<>(person -> {
            Span name = new Span(person.displayName());
            Div choice = new Div(MailParts.avatar(person.initial()), name);
            choice.addClassName("kiosk-mail-person");
            return choice;
        }));
        to.addClassName("kiosk-mail-to");

        subject.setLabel(getTranslation("mail.write.subject"));
        subject.setMaxLength(MAX_SUBJECT);
        text.setLabel(getTranslation("mail.write.message"));
        text.setMaxLength(MAX_TEXT);
        text.addClassName("kiosk-mail-text-field");
        subject.setWidthFull();
        text.setWidthFull();
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        subject.setValueChangeTimeout(LIVE_CHECK_PAUSE_MILLIS);
        subject.addValueChangeListener(change -> liveCheck());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(LIVE_CHECK_PAUSE_MILLIS);
        text.addValueChangeListener(change -> liveCheck());

        hints.addClassName("kiosk-mail-hints");
        hints.getElement().setAttribute("role", "status");
        hints.getElement().setAttribute("aria-live", "polite");
        answer.addClassName("kiosk-mail-answer");
        answer.getElement().setAttribute("role", "alert");

        Button send = new Button(getTranslation("mail.write.send"), VaadinIcon.PAPERPLANE.create(), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClassName("kiosk-mail-send");
        send.setDisableOnClick(true);
        send.addClickListener(click -> send.setEnabled(true));
        Div actions = new Div(send);
        actions.addClassName("kiosk-actions");
        add(to, subject, text, hints, answer, actions);
    }

    private void replyTo(long uid) {
        Optional<MailItem> original;
        try {
            original = mail.read(me, MailFolder.INBOX, uid);
        } catch (MailUnavailableException e) {
            return;
        }
        original.ifPresent(item -> {
            String address = item.summary().from().address();
            mail.recipientsFor(me).stream().filter(p -> p.email().equalsIgnoreCase(address)).findFirst()
                    .ifPresent(sender -> to.select(sender));
            String was = item.summary().subject();
            String prefix = getTranslation("mail.reply.subject", "");
            subject.setValue(was.startsWith(prefix) ? was : getTranslation("mail.reply.subject", was));
        });
    }

    private void liveCheck() {
        List<LiveHint> found = mail.check(me, subject.getValue(), text.getValue());
        hints.removeAll();
        if (found.isEmpty()) {
            return;
        }
        Set<ReasonCode> reasons = found.stream().map(LiveHint::reason)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> said = new ArrayList<>();
        reasons.forEach(reason -> {
            Paragraph hint = new Paragraph(getTranslation("mail.hint." + reason.name()));
            hint.addClassName("kiosk-mail-hint");
            hints.add(hint);
            said.add(hint.getText());
        });
        hints.add(new ReadAloud(ReadAloud.sentences(said.toArray(String[]::new))));
        addHighlight(found, TextOrigin.SUBJECT, subject.getValue());
        addHighlight(found, TextOrigin.BODY, text.getValue());
    }

    /** The text again with the found parts marked, so the child sees exactly what to change. */
    private void addHighlight(List<LiveHint> found, TextOrigin origin, String value) {
        List<int[]> spans = merged(found.stream().filter(h -> h.origin() == origin)
                .map(h -> new int[] {Math.max(0, h.start()), Math.min(value.length(), h.end())})
                .filter(s -> s[0] < s[1]).toList());
        if (spans.isEmpty()) {
            return;
        }
        Div shown = new Div();
        shown.addClassName("kiosk-mail-highlight");
        int at = 0;
        for (int[] span : spans) {
            if (span[0] > at) {
                shown.add(new Span(value.substring(at, span[0])));
            }
            shown.add(new Mark(value.substring(span[0], span[1])));
            at = span[1];
        }
        if (at < value.length()) {
            shown.add(new Span(value.substring(at)));
        }
        hints.add(shown);
    }

    private static List<int[]> merged(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(s -> s[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : sorted) {
            if (!merged.isEmpty() && span[0] <= merged.getLast()[1]) {
                merged.getLast()[1] = Math.max(merged.getLast()[1], span[1]);
            } else {
                merged.add(span.clone());
            }
        }
        return merged;
    }

    private void send() {
        Set<Long> ids = to.getSelectedItems().stream().map(Person::id).collect(Collectors.toSet());
        SendOutcome outcome = mail.send(me, new Draft(ids, subject.getValue(), text.getValue()));
        switch (outcome) {
            case SendOutcome.Sent sent -> done("mail.sent.delivered");
            case SendOutcome.Held held -> done("mail.sent.held");
            case SendOutcome.Escalated escalated -> done("mail.sent.escalated");
            // The gateway answers in its own wording, which is English.
            case SendOutcome.Refused refused -> showAnswer(refused.explanation(), Words.ENGLISH);
            case SendOutcome.NotSent notSent -> showAnswer(getTranslation(switch (notSent.problem()) {
                case EMAIL_RESTING -> "mail.resting";
                case NO_RECIPIENT -> "mail.write.no-recipient";
                case UNAVAILABLE -> "mail.unavailable";
            }), getLocale());
        }
    }

    /** The message went: what happens next, and the way back. The draft is gone. */
    private void done(String key) {
        removeAll();
        Paragraph said = new Paragraph(getTranslation(key));
        said.addClassName("kiosk-mail-done");
        said.getElement().setAttribute("role", "status");
        Div explained = new Div(said, new ReadAloud(said.getText()));
        explained.addClassName("kiosk-explained");
        Button another = new Button(getTranslation("mail.write.another"), VaadinIcon.EDIT.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(WriteView.class)));
        another.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Div actions = new Div(backLink(), another);
        actions.addClassName("kiosk-actions");
        add(new H1(getTranslation("mail.write.heading")), explained, actions);
    }

    /** The text stays, so the child can change it and send again. */
    private void showAnswer(String words, Locale language) {
        answer.removeAll();
        Paragraph said = new Paragraph(words);
        said.addClassName("kiosk-notice");
        answer.add(said, new ReadAloud(words, language));
    }

    private Component backLink() {
        RouterLink back = new RouterLink(getTranslation("mail.back"), InboxView.class);
        back.addClassName("kiosk-mail-back");
        return back;
    }

    /** A kind explanation, with "Read to me". */
    private static Component notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("kiosk-notice");
        Div withSpeech = new Div(notice, new ReadAloud(text));
        withSpeech.addClassName("kiosk-explained");
        return withSpeech;
    }

    private static Optional<Long> parseUid(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The found part, marked. */
    @Tag("mark")
    private static final class Mark extends HtmlContainer {
        Mark(String text) {
            setText(text);
        }
    }
}
