package uk.safekiosk.kiosk.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The kiosk's own settings ({@code kiosk.*}). Idle and escalation minutes may be fractional so tests can use a few
 * seconds.
 */
@ConfigurationProperties(prefix = "kiosk")
public record KioskProperties(
        Path dataDir,
        double pupilIdleMinutes,
        int pupilIdleWarningSeconds,
        Login login,
        Mail mail,
        @DefaultValue("10") double escalationMinutes) {

    public record Login(int maxFailures, int lockMinutes) {
    }

    /** {@code compactJournalAboveMb}: at start-up the mail journal is compacted when larger (0 = never). */
    public record Mail(int smtpPort, int imapPort, long compactJournalAboveMb) {
    }

    public Duration pupilIdleTimeout() {
        return Duration.ofMillis(Math.round(pupilIdleMinutes * 60_000));
    }

    /** An escalation nobody has acknowledged alerts again after this long, and again, until someone does. */
    public Duration escalationInterval() {
        return Duration.ofMillis(Math.round(escalationMinutes * 60_000));
    }

    /** The warning shows this long before log-out; never more than half the timeout. */
    public Duration pupilIdleWarning() {
        Duration warning = Duration.ofSeconds(pupilIdleWarningSeconds);
        Duration half = pupilIdleTimeout().dividedBy(2);
        return warning.compareTo(half) > 0 ? half : warning;
    }
}
