package uk.safekiosk.kiosk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import uk.safekiosk.kiosk.support.KioskViewTest;

class AuditLogTest extends KioskViewTest {

    @Autowired
    AuditLog audit;

    @Test
    void aPupilsTimelineHoldsWhatTheyDidAndWhatWasDoneAboutThemNewestFirst() {
        String pupil = "pupil-" + UUID.randomUUID();
        audit.record(pupil, AuditAction.LOGGED_ON, pupil, 1L, "");
        audit.record(pupil, AuditAction.MAIL_BLOCKED, pupil, 1L, "PHONE");
        audit.record("teacher.oak", AuditAction.PUPIL_PAUSED, pupil, 1L, "until 15:00");
        audit.record("teacher.oak", AuditAction.SEARCH_SWITCHED, null, 1L, "on");

        assertThat(audit.timeline(pupil))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.PUPIL_PAUSED, AuditAction.MAIL_BLOCKED, AuditAction.LOGGED_ON);
    }

    @Test
    void keepsALongDetailShortInsteadOfFailingTheAction() {
        AuditEntry entry = audit.record("teacher.oak", AuditAction.CASE_RESOLVED, "x", null, "a".repeat(5000));

        assertThat(entry.detail()).hasSize(2000).endsWith("…");
        assertThat(entry.at()).isNotNull();
    }

    @Test
    void betweenFindsOnlyEntriesInTheWindow() {
        String pupil = "pupil-" + UUID.randomUUID();
        AuditEntry entry = audit.record(pupil, AuditAction.SEARCHED, pupil, 1L, "volcanoes");

        assertThat(audit.between(entry.at().minusSeconds(1), entry.at().plusSeconds(1)))
                .extracting(AuditEntry::id).contains(entry.id());
        assertThat(audit.between(entry.at().plus(Duration.ofHours(1)), entry.at().plus(Duration.ofHours(2))))
                .extracting(AuditEntry::id).doesNotContain(entry.id());
    }

    @Test
    void theRepositoryOffersNoWayToChangeOrDeleteARow() {
        assertThat(AuditRecordRepository.class.getInterfaces()).containsExactly(Repository.class);
        assertThat(Arrays.stream(AuditRecordRepository.class.getDeclaredMethods()).map(m -> m.getName()))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("remove"));
    }
}
