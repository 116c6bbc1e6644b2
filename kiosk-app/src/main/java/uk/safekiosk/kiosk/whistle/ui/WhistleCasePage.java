package uk.safekiosk.kiosk.whistle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.safekiosk.kiosk.incident.IncidentText;
import uk.safekiosk.kiosk.incident.IncidentView;
import uk.safekiosk.kiosk.mail.Correspondent;
import uk.safekiosk.kiosk.mail.MailItem;
import uk.safekiosk.kiosk.mail.MailUnavailableException;
import uk.safekiosk.kiosk.mail.SendOutcome;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.teacher.StaffMenu;
import uk.safekiosk.kiosk.teacher.StaffPage;
import uk.safekiosk.kiosk.whistle.KindReply;
import uk.safekiosk.kiosk.whistle.WhistleCaseActions;
import uk.safekiosk.kiosk.whistle.WhistleCaseView;
import uk.safekiosk.kiosk.whistle.WhistleService;

/**
 * A whistle case for staff: the reported message with the conversation around it, who reported it, why and when; and
 * what to do — mark it seen (the pupil is told), reply kindly, pause the sender's email, escalate to the DSL, resolve
 * with an outcome — with every step taken so far. Another class's case is "not found" for a teacher.
 */
@Route("teacher/whistle/:case([0-9]{1,18})")
@RolesAllowed({"TEACHER", "DSL", "ADMIN"})
public class WhistleCasePage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CASE = "case";

    private final CurrentUser currentUser;
    private final WhistleService whistle;
    private final WhistleCaseActions actions;
    private final IncidentText text;
    private final Clock clock;
    private final List<StaffPage> staffPages;
    private Person me;
    private long caseId;

    public WhistleCasePage(CurrentUser currentUser, WhistleService whistle, WhistleCaseActions actions,
                           IncidentText text, Clock clock, List<StaffPage> staffPages) {
        this.currentUser = currentUser;
        this.whistle = whistle;
        this.actions = actions;
        this.text = text;
        this.clock = clock;
        this.staffPages = staffPages;
        addClassName("kiosk-whistle-case-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = currentUser.require();
        Optional<WhistleCaseView> found = event.getRouteParameters().getLong(CASE)
                .flatMap(id -> whistle.find(me, id));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        caseId = found.get().id();
        show(found.get(), "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("whistle.case.title");
    }

    private void refresh(String done) {
        whistle.find(me, caseId).ifPresent(c -> show(c, done));
    }

    private void show(WhistleCaseView c, String done) {
        removeAll();
        IncidentView incident = actions.incident(me, caseId);
        String sender = actions.sender(me, caseId).map(Person::displayName).orElse(c.senderName());
        Paragraph status = new Paragraph(getTranslation("whistle.case.status", text.status(incident),
                c.seen() ? getTranslation("whistle.staff.seen", c.seenBy(), text.when(c.seenAt()))
                        : getTranslation("whistle.staff.new")));
        status.addClassName("kiosk-case-status");
        add(new StaffMenu(staffPages), new H1(getTranslation("whistle.case.title")), status);
        if (!done.isBlank()) {
            Paragraph result = new Paragraph(done);
            result.getElement().setAttribute("role", "status");
            result.addClassName("kiosk-case-done");
            add(result);
        }
        UnorderedList whistles = new UnorderedList();
        c.whistles().forEach(w -> whistles.add(new ListItem(getTranslation("whistle.staff.whistle",
                w.reporterName(), getTranslation(ReasonPictures.wordKey(w.reason())), text.when(w.reportedAt())))));
        Div message = new Div();
        message.setText(c.messageText());
        message.addClassName("kiosk-mail-body");
        add(new H2(getTranslation("whistle.case.reported-by")), whistles,
                new H2(getTranslation("whistle.case.message")),
                new Paragraph(getTranslation("whistle.staff.message", sender, c.subject())), message,
                conversation(c, sender), whatToDo(c, incident, sender), history(incident));
    }

    private Component conversation(WhistleCaseView c, String sender) {
        Div section = new Div(new H2(getTranslation("whistle.case.conversation",
                c.whistles().getFirst().reporterName(), sender)));
        section.addClassName("kiosk-case-conversation");
        List<MailItem> messages;
        try {
            messages = actions.conversation(me, caseId);
        } catch (MailUnavailableException e) {
            section.add(new Paragraph(getTranslation("whistle.case.unavailable")));
            return section;
        }
        if (messages.isEmpty()) {
            section.add(new Paragraph(getTranslation("whistle.case.conversation.none")));
        }
        OrderedList list = new OrderedList();
        for (MailItem m : messages) {
            Div body = new Div();
            body.setText(m.text());
            body.addClassName("kiosk-mail-body");
            ListItem item = new ListItem(new Paragraph(getTranslation("whistle.case.conversation.item",
                    m.summary().from().name(), String.join(", ", m.summary().to().stream().map(Correspondent::name)
                            .toList()), text.when(m.summary().at()), m.summary().subject())), body);
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component whatToDo(WhistleCaseView c, IncidentView incident, String sender) {
        Div todo = new Div(new H2(getTranslation("whistle.case.todo")));
        todo.addClassName("kiosk-case-actions");

        Button seen = new Button(getTranslation("whistle.case.mark-seen"), click -> {
            whistle.markSeen(me, caseId);
            refresh(getTranslation("whistle.case.seen-done"));
        });
        seen.setEnabled(!c.seen());
        seen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        todo.add(part(getTranslation("whistle.case.mark-seen.help"), seen));

        RadioButtonGroup<KindReply> reply = new RadioButtonGroup<>(getTranslation("whistle.case.reply.choose",
                c.whistles().getFirst().reporterName()));
        reply.setItems(KindReply.values());
        reply.setItemLabelGenerator(r -> getTranslation(r.wordingKey()));
        reply.setValue(KindReply.THANK_YOU);
        Button send = new Button(getTranslation("whistle.case.reply.send"), click -> {
            List<SendOutcome> sent = actions.reply(me, caseId, reply.getValue());
            refresh(getTranslation(sent.stream().allMatch(o -> o instanceof SendOutcome.Sent)
                    ? "whistle.case.reply.sent" : "whistle.case.reply.failed"));
        });
        send.setDisableOnClick(true);
        todo.add(part(getTranslation("whistle.case.reply.help"), reply, send));

        todo.add(pause(sender));

        TextArea escalateNote = new TextArea(getTranslation("whistle.case.escalate.note"));
        escalateNote.setWidthFull();
        Button escalate = new Button(getTranslation("whistle.case.escalate"), click -> {
            actions.escalate(me, caseId, escalateNote.getValue());
            refresh(getTranslation("whistle.case.escalated"));
        });
        escalate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        escalate.setDisableOnClick(true);
        escalate.setEnabled(!incident.awaitingAcknowledgement());
        todo.add(part(getTranslation("whistle.case.escalate.help"), escalateNote, escalate));

        TextArea outcome = new TextArea(getTranslation("whistle.case.resolve.outcome"));
        outcome.setWidthFull();
        Button resolve = new Button(getTranslation("whistle.case.resolve"), click -> {
            if (outcome.getValue().isBlank()) {
                outcome.setInvalid(true);
                outcome.setErrorMessage(getTranslation("whistle.case.resolve.needed"));
                return;
            }
            actions.resolve(me, caseId, outcome.getValue());
            refresh(getTranslation("whistle.case.resolved"));
        });
        todo.add(part(getTranslation("whistle.case.resolve.help"), outcome, resolve));
        return todo;
    }

    private Component pause(String sender) {
        Optional<Instant> pausedUntil = actions.senderPausedUntil(me, caseId);
        if (actions.sender(me, caseId).filter(Person::isPupil).isEmpty()) {
            return new Div();
        }
        if (pausedUntil.isPresent()) {
            Button resume = new Button(getTranslation("whistle.case.resume"), click -> {
                actions.resumeSender(me, caseId);
                refresh(getTranslation("whistle.case.resumed", sender));
            });
            return part(getTranslation("whistle.case.paused", sender, text.when(pausedUntil.get())), resume);
        }
        RadioButtonGroup<PauseLength> length = new RadioButtonGroup<>(getTranslation("whistle.case.pause.length",
                sender));
        length.setItems(PauseLength.values());
        length.setItemLabelGenerator(l -> getTranslation(l.wordingKey()));
        length.setValue(PauseLength.HOUR);
        Button pause = new Button(getTranslation("whistle.case.pause"), click -> {
            actions.pauseSender(me, caseId, length.getValue().until(clock));
            refresh(getTranslation("whistle.case.paused-done", sender));
        });
        return part(getTranslation("whistle.case.pause.help"), length, pause);
    }

    private Component history(IncidentView incident) {
        OrderedList steps = new OrderedList();
        incident.steps().forEach(step -> steps.add(new ListItem(text.step(step))));
        Div history = new Div(new H2(getTranslation("whistle.case.history")), steps);
        history.addClassName("kiosk-case-history");
        return history;
    }

    /** A line saying what an action does, and its controls. */
    private static Div part(String help, Component... controls) {
        Div part = new Div(new Paragraph(help));
        part.add(controls);
        part.addClassName("kiosk-case-action");
        return part;
    }
}
