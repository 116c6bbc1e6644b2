package uk.safekiosk.kiosk.mail;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.GatewayConfig;
import uk.safekiosk.gateway.MailGateway;
import uk.safekiosk.gateway.parse.MimeMessageParser;
import uk.safekiosk.gateway.policy.PolicyChain;
import uk.safekiosk.gateway.roster.Credentials;
import uk.safekiosk.gateway.roster.Roster;
import uk.safekiosk.kiosk.config.KioskProperties;
import uk.safekiosk.kiosk.i18n.Language;
import uk.safekiosk.kiosk.roster.SchoolLanguage;
import uk.safekiosk.kiosk.roster.SchoolLanguageChanged;

/**
 * The mail gateway running inside the kiosk: SMTP front and IMAP store on loopback, roster from the kiosk's database,
 * journal under {@code <data-dir>/mail}. It starts once the application is ready (after the demo school is seeded,
 * so every member has a mailbox) and its events become Spring application events for the teacher features.
 */
@Component
public class InProcessGateway {

    private static final Logger log = LoggerFactory.getLogger(InProcessGateway.class);

    private final KioskProperties properties;
    private final Roster roster;
    private final Credentials credentials;
    private final ContentSource content;
    private final Map<Language, PolicyChain> chains = new EnumMap<>(Language.class);
    private final SchoolLanguage language;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** The chain in the school's language: what a pupil is told about their message is in the words of the kiosk. */
    private volatile PolicyChain policy;
    private volatile MailGateway gateway;

    InProcessGateway(KioskProperties properties, Roster roster, Credentials credentials, ContentSource content,
                     SchoolLanguage language, ApplicationEventPublisher events, Clock clock) {
        this.properties = properties;
        this.roster = roster;
        this.credentials = credentials;
        this.content = content;
        this.language = language;
        this.events = events;
        this.clock = clock;
        PolicyChain english = PolicyChain.fromContent(content, Language.ENGLISH.locale());
        for (Language each : Language.values()) {
            chains.put(each, each == Language.ENGLISH ? english : english.inLanguage(content, each.locale()));
        }
        this.policy = english;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public synchronized void start() {
        if (gateway != null) {
            return;
        }
        policy = chains.get(language.current());
        GatewayConfig config = GatewayConfig.builder(properties.dataDir().resolve("mail"))
                .smtpPort(properties.mail().smtpPort())
                .imapPort(properties.mail().imapPort())
                .compactJournalAbove(properties.mail().compactJournalAboveMb() * 1024 * 1024)
                .build();
        try {
            gateway = MailGateway.builder(config)
                    .roster(roster)
                    .credentials(credentials)
                    .parser(new MimeMessageParser())
                    .policy(message -> policy.evaluate(message))
                    .listener(events::publishEvent)
                    .clock(clock)
                    .content(content)
                    .build()
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("The mail gateway could not start", e);
        }
        log.info("Mail gateway: SMTP on 127.0.0.1:{}, IMAP on 127.0.0.1:{}", gateway.smtpPort(),
                gateway.imapPort().orElse(-1));
    }

    /** The running gateway. */
    public MailGateway gateway() {
        MailGateway running = gateway;
        if (running == null) {
            throw new IllegalStateException("The mail gateway has not started yet");
        }
        return running;
    }

    /** The chain the gateway decides with: the live check while a pupil writes, findings shown to staff. */
    public PolicyChain policy() {
        return policy;
    }

    @EventListener
    void speak(SchoolLanguageChanged changed) {
        policy = chains.get(changed.language());
    }

    @PreDestroy
    synchronized void stop() {
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
    }
}
