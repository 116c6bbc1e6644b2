package uk.safekiosk.kiosk.held;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.safekiosk.gateway.delivery.HeldMessage;
import uk.safekiosk.gateway.events.GatewayEvent;
import uk.safekiosk.gateway.journal.VerdictKind;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.parse.MimeMessageParser;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.kiosk.alerts.AlertKind;
import uk.safekiosk.kiosk.alerts.StaffAlert;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.incident.IncidentKind;
import uk.safekiosk.kiosk.incident.IncidentView;
import uk.safekiosk.kiosk.incident.Incidents;
import uk.safekiosk.kiosk.incident.NewIncident;
import uk.safekiosk.kiosk.mail.InProcessGateway;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;

/**
 * The moment the gateway holds or escalates a message, it becomes an incident and every open staff screen of the
 * sender's class (and the DSL's) hears of it; an escalation alerts as an escalation. Messages held before the kiosk
 * kept incidents get theirs when staff first decide about them.
 */
@Component
class HeldIncidents {

    private static final Logger log = LoggerFactory.getLogger(HeldIncidents.class);
    /** How much of the message the incident keeps as its account of what happened. */
    private static final int TEXT_LIMIT = 2000;

    private final InProcessGateway gateway;
    private final Incidents incidents;
    private final StaffAlerts alerts;
    private final RosterService roster;
    private final Words words;
    private final MimeMessageParser parser = new MimeMessageParser();

    HeldIncidents(InProcessGateway gateway, Incidents incidents, StaffAlerts alerts, RosterService roster,
                  Words words) {
        this.gateway = gateway;
        this.incidents = incidents;
        this.alerts = alerts;
        this.roster = roster;
        this.words = words;
    }

    @EventListener
    void onHeld(GatewayEvent.Held held) {
        kept(held.message().id()).ifPresent(incident -> alerts.publish(new StaffAlert(AlertKind.HELD_MESSAGE,
                incident.classId(), held.message().receivedAt(), incident.pupilName(), held.message().subject(),
                incident.reference())));
    }

    /** The incident itself alerts as an escalation when it opens. */
    @EventListener
    void onEscalated(GatewayEvent.Escalated escalated) {
        kept(escalated.message().id());
    }

    private Optional<IncidentView> kept(String id) {
        return gateway.gateway().heldMessages().find(id).flatMap(message -> {
            Optional<IncidentView> incident = roster.findByEmail(message.message().sender())
                    .map(sender -> incidents.open(newIncident(message, sender)));
            if (incident.isEmpty()) {
                log.warn("Held message {} is from {}, who is not on the roster", id, message.message().sender());
            }
            return incident;
        });
    }

    /** The message's incident, opened now if it has none yet. */
    IncidentView incidentFor(HeldMessage message) {
        Person sender = roster.findByEmail(message.message().sender()).orElseThrow(
                () -> new IllegalStateException(message.message().sender() + " is not on the roster"));
        return incidents.open(newIncident(message, sender));
    }

    private NewIncident newIncident(HeldMessage message, Person sender) {
        boolean escalated = message.verdict() == VerdictKind.ESCALATE;
        List<Person> recipients = message.message().recipients().stream()
                .flatMap(address -> roster.findByEmail(address).stream()).toList();
        MessageView view = parser.parse(message.message().sender(), message.message().recipients(), message.rfc822());
        String text = view.body().length() > TEXT_LIMIT ? view.body().substring(0, TEXT_LIMIT) + "…" : view.body();
        String reasons = String.join(", ", message.reasons().stream().map(ReasonCode::name).sorted().toList());
        String summary = words.getTranslation(escalated ? "held.incident.escalated" : "held.incident.held",
                Words.ENGLISH, sender.displayName(),
                String.join(", ", recipients.stream().map(Person::displayName).toList()),
                message.message().subject(), reasons, text);
        return new NewIncident(escalated ? IncidentKind.ESCALATED_MESSAGE : IncidentKind.HELD_MESSAGE,
                HeldMail.reference(message.message().id()), "teacher/held/" + message.message().id(),
                sender.classId(), sender, recipients, reasons, summary, message.message().receivedAt(), null,
                escalated);
    }
}
