package uk.safekiosk.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safekiosk.gateway.support.TestSchool.ADA;
import static uk.safekiosk.gateway.support.TestSchool.DEE;
import static uk.safekiosk.gateway.support.TestSchool.TAN;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.gateway.store.StaffNotice;
import uk.safekiosk.gateway.support.MailClient;
import uk.safekiosk.gateway.support.MailClient.Received;
import uk.safekiosk.gateway.support.RecordingListener;
import uk.safekiosk.gateway.support.TestGateway;
import uk.safekiosk.gateway.support.TestPolicy;
import uk.safekiosk.gateway.support.TestSchool;

/** Notices the kiosk writes to staff: plain text, from the gateway's own address, journaled, never to a pupil. */
class StaffNoticeTest {

    @TempDir
    Path dataDir;

    private final TestSchool school = new TestSchool();
    private MailGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void putsAPlainTextNoticeFromTheGatewayInTheTeachersInbox() throws Exception {
        gateway = TestGateway.start(dataDir, school, new RecordingListener());

        gateway.deliverNotice(new StaffNotice(TAN, "Safe Kiosk", "Whistle: Ben reported a message",
                "Ben reported this message from Ada:\n" + TestPolicy.PHONE));

        Received notice = TestGateway.client(gateway).inbox(TAN, "tan-pw").getFirst();
        assertThat(notice.subject()).isEqualTo("Whistle: Ben reported a message");
        assertThat(notice.contentType()).startsWith("text/plain");
        assertThat(notice.content().toString()).contains("Ben reported this message from Ada", TestPolicy.PHONE);
        MimeMessage parsed = new MimeMessage(null, new ByteArrayInputStream(notice.rfc822()));
        InternetAddress from = (InternetAddress) parsed.getFrom()[0];
        assertThat(from.getAddress()).startsWith("postmaster@");
        assertThat(from.getPersonal()).isEqualTo("Safe Kiosk");
        assertThat(school.find(from.getAddress())).as("nobody can write back to it").isEmpty();
    }

    @Test
    void keepsTheNoticeAcrossARestart() throws Exception {
        gateway = TestGateway.start(dataDir, school, new RecordingListener());
        gateway.deliverNotice(new StaffNotice(DEE, "Safe Kiosk", "For the DSL", "Please look"));

        gateway.close();
        gateway = TestGateway.start(dataDir, school, new RecordingListener());

        assertThat(TestGateway.client(gateway).inbox(DEE, "dee-pw")).extracting(Received::subject)
                .containsExactly("For the DSL");
    }

    @Test
    void refusesToPutANoticeInAPupilsMailbox() throws Exception {
        gateway = TestGateway.start(dataDir, school, new RecordingListener());
        MailClient client = TestGateway.client(gateway);

        assertThatThrownBy(() -> gateway.deliverNotice(new StaffNotice(ADA, "Safe Kiosk", "Hi", "unchecked text")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(client.inbox(ADA, "ada-pw")).isEmpty();
    }
}
