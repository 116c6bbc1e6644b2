package uk.safekiosk.kiosk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.server.VaadinSession;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.gateway.roster.MailToken;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.support.KioskViewTest;

/** The pupil's mail secret: minted on first use, kept in the server-side session, renewed, revoked at the end. */
class MailTokenKeeperTest extends KioskViewTest {

    @Autowired
    MailTokenKeeper tokens;
    @Autowired
    MailService mail;
    @Autowired
    InProcessGateway gateway;
    @Autowired
    RosterService roster;

    @Test
    void oneTokenPerSessionUntilTheGatewayForgetsItThenANewOne() throws Exception {
        Person ela = roster.findByUsername("oak.ela").orElseThrow();
        MailToken first = tokens.tokenFor(ela);
        assertThat(tokens.tokenFor(ela)).isEqualTo(first);

        // What a gateway restart does to every kiosk token.
        gateway.gateway().mailTokens().revokeAll(ela.email());
        mail.list(ela, MailFolder.INBOX);

        MailToken renewed = tokens.tokenFor(ela);
        assertThat(renewed).isNotEqualTo(first);
        imap(renewed).close();
    }

    @Test
    void theTokenStopsWorkingWhenTheSessionEnds() throws Exception {
        Person dev = roster.findByUsername("oak.dev").orElseThrow();
        MailToken token = tokens.tokenFor(dev);
        imap(token).close();

        tokens.sessionEnded(VaadinSession.getCurrent());

        assertThatThrownBy(() -> imap(token)).isInstanceOf(AuthenticationFailedException.class);
    }

    private Store imap(MailToken token) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", gateway.gateway().imapPort().orElseThrow(), token.address(), token.secret());
        return store;
    }
}
