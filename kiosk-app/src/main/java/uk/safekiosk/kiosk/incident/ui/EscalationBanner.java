package uk.safekiosk.kiosk.incident.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safekiosk.kiosk.alerts.AlertKind;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.incident.IncidentText;
import uk.safekiosk.kiosk.incident.IncidentView;
import uk.safekiosk.kiosk.incident.Incidents;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.Role;

/**
 * The escalations no DSL has acknowledged yet, at the very top of the live screen: a red banner that stays in view
 * while the page scrolls, and a short tone each time an escalation alerts (new, or again on the ladder). Hidden when
 * nothing waits. A DSL acknowledges here; everyone else sees who is waiting.
 */
class EscalationBanner extends Section {

    /**
     * Two short beeps made in the browser (no sound file). Browsers allow sound only after the person has used the
     * page, so the first click anywhere unlocks it; until then the banner alone has to do. Counts each tone asked
     * for in {@code window.kioskTones}, so a test can tell a tone was played for.
     */
    private static final String TONE = """
            const C = window.AudioContext || window.webkitAudioContext;
            window.kioskTones = (window.kioskTones || 0) + 1;
            if (!C) { return; }
            const ctx = window.kioskAudio || (window.kioskAudio = new C());
            if (ctx.state === 'suspended') { ctx.resume(); }
            [0, 0.35].forEach(function (start) {
              const osc = ctx.createOscillator();
              const gain = ctx.createGain();
              const t = ctx.currentTime + start;
              osc.type = 'sine';
              osc.frequency.value = 880;
              gain.gain.setValueAtTime(0.0001, t);
              gain.gain.exponentialRampToValueAtTime(0.4, t + 0.02);
              gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.25);
              osc.connect(gain).connect(ctx.destination);
              osc.start(t);
              osc.stop(t + 0.3);
            });
            """;
    private static final String UNLOCK_SOUND = """
            document.addEventListener('pointerdown', function () {
              const C = window.AudioContext || window.webkitAudioContext;
              if (C) { (window.kioskAudio || (window.kioskAudio = new C())).resume(); }
            }, { once: true });
            """;

    private final Incidents incidents;
    private final IncidentText text;
    private final Person staff;
    private final UnorderedList list = new UnorderedList();
    /** Each waiting escalation with its alert count, as last shown: a tone only for one that is new or alerts again. */
    private Set<String> shown = Set.of();

    EscalationBanner(Incidents incidents, StaffAlerts alerts, IncidentText text, Person staff) {
        this.incidents = incidents;
        this.text = text;
        this.staff = staff;
        addClassName("kiosk-escalations");
        getElement().setAttribute("role", "alert");
        list.addClassName("kiosk-escalations-list");
        add(new H2(getTranslation("incident.banner.heading")), list);
        refresh();
        alerts.whileAttached(this, staff, Set.of(AlertKind.ESCALATION), alert -> {
            if (refresh()) {
                getUI().ifPresent(ui -> ui.getPage().executeJs(TONE));
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.getPage().executeJs(UNLOCK_SOUND);
        if (isVisible()) {
            ui.getPage().executeJs(TONE);
        }
    }

    /** Shows what waits now; true when something in it is new or has alerted again since last shown. */
    private boolean refresh() {
        List<IncidentView> waiting = incidents.awaitingAcknowledgement(staff);
        setVisible(!waiting.isEmpty());
        list.removeAll();
        waiting.forEach(incident -> list.add(item(incident)));
        Set<String> now = waiting.stream().map(i -> i.id() + ":" + i.escalation().alerts())
                .collect(Collectors.toSet());
        boolean louder = !shown.containsAll(now);
        shown = now;
        return louder;
    }

    private ListItem item(IncidentView incident) {
        IncidentView.Escalation e = incident.escalation();
        Span what = new Span(getTranslation("incident.banner.item", incident.pupilName(), text.kind(incident.kind()),
                incident.reasons()));
        what.addClassName("kiosk-escalation-what");
        Span who = new Span(e.by() == null || e.by().isBlank()
                ? getTranslation("incident.banner.by-kiosk", text.time(e.at()))
                : getTranslation("incident.banner.escalated-by", e.by(), text.time(e.at())));
        Span alerted = new Span(getTranslation("incident.banner.alerts", e.alerts()));
        Anchor open = new Anchor(incident.link(), getTranslation("incident.banner.open"));
        Div actions = new Div(open);
        actions.addClassName("kiosk-escalation-actions");
        if (staff.role() == Role.DSL) {
            Button acknowledge = new Button(getTranslation("incident.banner.acknowledge"), click -> {
                incidents.acknowledge(staff, incident.id());
                refresh();
            });
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            acknowledge.setDisableOnClick(true);
            actions.add(acknowledge);
        } else {
            actions.add(new Paragraph(getTranslation("incident.banner.waiting")));
        }
        ListItem item = new ListItem(what, who, alerted, actions);
        item.addClassName("kiosk-escalation");
        item.getElement().setAttribute("data-alerts", String.valueOf(e.alerts()));
        return item;
    }
}
