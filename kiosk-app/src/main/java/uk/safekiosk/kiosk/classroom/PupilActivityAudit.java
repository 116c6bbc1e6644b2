package uk.safekiosk.kiosk.classroom;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import uk.safekiosk.gateway.events.GatewayEvent;
import uk.safekiosk.gateway.events.MessageSummary;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;

/**
 * Records in the audit what members do that the kiosk hears of as events: log-on, and mail sent, blocked, held or
 * escalated by the gateway (whatever client sent it). Features without such events record their own actions.
 */
@Component
class PupilActivityAudit {

    private final AuditLog audit;
    private final RosterService roster;
    private final Words words;

    PupilActivityAudit(AuditLog audit, RosterService roster, Words words) {
        this.audit = audit;
        this.roster = roster;
        this.words = words;
    }

    @EventListener
    void onLogOn(AuthenticationSuccessEvent event) {
        String from = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "";
        roster.findByUsername(event.getAuthentication().getName()).ifPresent(member ->
                audit.record(member.username(), AuditAction.LOGGED_ON, member.username(), member.classId(),
                        from == null || from.isEmpty() ? ""
                                : words.getTranslation("audit.detail.log-on", Words.ENGLISH, from)));
    }

    /** Staff releasing or returning held mail is the console's to record. */
    @EventListener
    void onMail(GatewayEvent event) {
        switch (event) {
            case GatewayEvent.Delivered d -> record(d.message(), AuditAction.MAIL_SENT, Set.of());
            case GatewayEvent.Blocked b -> record(b.message(), AuditAction.MAIL_BLOCKED, b.reasons());
            case GatewayEvent.Held h -> record(h.message(), AuditAction.MAIL_HELD, h.reasons());
            case GatewayEvent.Escalated e -> record(e.message(), AuditAction.MAIL_ESCALATED, e.reasons());
            case GatewayEvent.Released r -> { }
            case GatewayEvent.Returned r -> { }
        }
    }

    /** Mail from anyone the roster does not know (the kiosk's own notices) is not a member's action. */
    private void record(MessageSummary message, AuditAction action, Set<ReasonCode> reasons) {
        Optional<Person> sender = roster.findByEmail(message.sender());
        if (sender.isEmpty()) {
            return;
        }
        String to = message.recipients().stream()
                .map(address -> roster.findByEmail(address).map(Person::displayName).orElse(address))
                .collect(Collectors.joining(", "));
        String detail = reasons.isEmpty()
                ? words.getTranslation("audit.detail.mail", Words.ENGLISH, to, message.subject())
                : words.getTranslation("audit.detail.mail-stopped", Words.ENGLISH, to, message.subject(),
                        reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        Person member = sender.get();
        audit.record(member.username(), action, member.username(), member.classId(), detail);
    }
}
