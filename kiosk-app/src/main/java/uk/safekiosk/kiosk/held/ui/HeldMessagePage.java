package uk.safekiosk.kiosk.held.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import uk.safekiosk.gateway.message.AttachmentFact;
import uk.safekiosk.kiosk.held.HeldDetail;
import uk.safekiosk.kiosk.held.HeldMail;
import uk.safekiosk.kiosk.held.HeldSummary;
import uk.safekiosk.kiosk.incident.IncidentText;
import uk.safekiosk.kiosk.incident.IncidentView;
import uk.safekiosk.kiosk.incident.Incidents;
import uk.safekiosk.kiosk.mail.SendOutcome;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.teacher.StaffMenu;
import uk.safekiosk.kiosk.teacher.StaffPage;

/**
 * One held message for a decision. Everything is shown as text: the subject, the message, and any text the sender
 * could hide (hidden HTML, picture descriptions, link addresses, file names), each with what the gateway's rules
 * found marked. Attachments are listed by name and type and never opened. "Release" delivers the rebuilt plain-text
 * message; "Return to sender" never delivers it and sends the pupil the note; "Escalate to the DSL" alerts the DSL.
 * Once decided, the page shows who decided what.
 */
@Route("teacher/held/:id([0-9a-fA-F-]{1,64})")
@RolesAllowed({"TEACHER", "DSL", "ADMIN"})
public class HeldMessagePage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final CurrentUser currentUser;
    private final HeldMail held;
    private final Incidents incidents;
    private final IncidentText text;
    private final List<StaffPage> staffPages;
    private Person me;
    private String id;

    public HeldMessagePage(CurrentUser currentUser, HeldMail held, Incidents incidents, IncidentText text,
                           List<StaffPage> staffPages) {
        this.currentUser = currentUser;
        this.held = held;
        this.incidents = incidents;
        this.text = text;
        this.staffPages = staffPages;
        addClassName("kiosk-held-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = currentUser.require();
        id = event.getRouteParameters().get(ID).orElse("");
        Optional<HeldDetail> message = held.open(me, id);
        Optional<IncidentView> decided = message.isPresent() ? Optional.empty()
                : incidents.find(me, HeldMail.reference(id));
        if (message.isEmpty() && decided.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new StaffMenu(staffPages), new H1(getTranslation("held.title")));
        message.ifPresentOrElse(this::showForDecision, () -> showDecided(decided.get(), ""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("held.title");
    }

    private void showForDecision(HeldDetail message) {
        HeldSummary summary = message.summary();
        if (summary.escalated()) {
            Paragraph escalated = new Paragraph(getTranslation("held.escalated.note"));
            escalated.addClassName("kiosk-held-escalated");
            add(escalated);
        }
        UnorderedList facts = new UnorderedList(
                new ListItem(getTranslation("held.from", summary.senderName())),
                new ListItem(getTranslation("held.to", String.join(", ", summary.recipientNames()))),
                new ListItem(getTranslation("held.when", text.when(summary.receivedAt()))),
                new ListItem(getTranslation("held.why", reasons(summary))));
        facts.addClassName("kiosk-held-facts");
        add(facts);
        message.texts().forEach(shown -> add(new H3(getTranslation("held.origin." + shown.origin().name())),
                marked(shown)));
        if (!message.attachments().isEmpty()) {
            UnorderedList attachments = new UnorderedList();
            message.attachments().forEach(a -> attachments.add(new ListItem(attachment(a))));
            add(new H3(getTranslation("held.attachments")), attachments);
        }
        if (!message.defects().isEmpty()) {
            UnorderedList defects = new UnorderedList();
            message.defects().forEach(d -> defects.add(new ListItem(d)));
            add(new H3(getTranslation("held.defects")), defects);
        }
        add(decisions());
    }

    /** The text as plain text nodes with the found stretches in {@code <mark>}: nothing of the message is markup. */
    private Div marked(HeldDetail.ShownText shown) {
        Div div = new Div();
        div.addClassName("kiosk-held-text");
        Element element = div.getElement();
        int at = 0;
        for (HeldDetail.Mark mark : shown.marks()) {
            element.appendChild(Element.createText(shown.text().substring(at, mark.start())));
            Element found = new Element("mark").setText(shown.text().substring(mark.start(), mark.end()));
            found.setAttribute("title", getTranslation("held.reason." + mark.reason().name()));
            element.appendChild(found);
            at = mark.end();
        }
        element.appendChild(Element.createText(shown.text().substring(at)));
        return div;
    }

    private String attachment(AttachmentFact a) {
        String name = a.fileName().isBlank() ? getTranslation("held.attachment.unnamed") : a.fileName();
        return getTranslation("held.attachment", name, a.contentType().isBlank() ? a.kind().name() : a.contentType(),
                a.sizeBytes());
    }

    private Component decisions() {
        Button release = new Button(getTranslation("held.release"), click -> {
            boolean released = held.release(me, id);
            afterDecision(getTranslation(released ? "held.released" : "held.gone"));
        });
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        release.setDisableOnClick(true);
        TextArea note = new TextArea(getTranslation("held.return.note"));
        note.setWidthFull();
        Button giveBack = new Button(getTranslation("held.return"), click -> {
            Optional<SendOutcome> sent = held.returnToSender(me, id, note.getValue());
            afterDecision(getTranslation(sent.isEmpty() ? "held.gone"
                    : sent.get() instanceof SendOutcome.Sent ? "held.returned" : "held.returned.note-not-sent"));
        });
        giveBack.setDisableOnClick(true);
        TextArea escalateNote = new TextArea(getTranslation("held.escalate.note"));
        escalateNote.setWidthFull();
        Button escalate = new Button(getTranslation("held.escalate"), click -> {
            held.escalate(me, id, escalateNote.getValue());
            afterDecision(getTranslation("held.escalated"));
        });
        escalate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        escalate.setDisableOnClick(true);
        Div decisions = new Div(new H2(getTranslation("held.decide")), section("held.release.help", release),
                section("held.return.help", note, giveBack), section("held.escalate.help", escalateNote, escalate));
        decisions.addClassName("kiosk-held-decisions");
        return decisions;
    }

    private Div section(String helpKey, Component... parts) {
        Div section = new Div(new Paragraph(getTranslation(helpKey)));
        section.add(parts);
        section.addClassName("kiosk-held-decision");
        return section;
    }

    /** After a decision the page shows the incident as it now stands (the held message may be gone). */
    private void afterDecision(String done) {
        Optional<IncidentView> incident = incidents.find(me, HeldMail.reference(id));
        Optional<HeldDetail> stillHeld = held.open(me, id);
        removeAll();
        add(new StaffMenu(staffPages), new H1(getTranslation("held.title")));
        if (stillHeld.isPresent()) {
            Paragraph status = new Paragraph(done);
            status.getElement().setAttribute("role", "status");
            add(status);
            showForDecision(stillHeld.get());
        } else {
            incident.ifPresent(i -> showDecided(i, done));
        }
    }

    private void showDecided(IncidentView incident, String done) {
        Paragraph status = new Paragraph(done.isBlank() ? getTranslation("held.gone") : done);
        status.getElement().setAttribute("role", "status");
        status.addClassName("kiosk-held-status");
        OrderedList steps = new OrderedList();
        incident.steps().forEach(step -> steps.add(new ListItem(text.step(step))));
        Paragraph summary = new Paragraph(incident.summary());
        summary.addClassName("kiosk-incident-summary");
        add(status, summary, new H2(getTranslation("held.history")), steps,
                new Anchor("teacher", getTranslation("held.back")));
    }

    private String reasons(HeldSummary summary) {
        return String.join(", ", summary.reasons().stream().map(r -> getTranslation("held.reason." + r.name()))
                .sorted().toList());
    }
}
