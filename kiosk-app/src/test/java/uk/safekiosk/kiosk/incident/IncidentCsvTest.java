package uk.safekiosk.kiosk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.i18n.Words;

/** The export's shape: what a safeguarding lead pastes into CPOMS must survive commas, quotes, lines and formulas. */
class IncidentCsvTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NINE_FOURTEEN = Instant.parse("2026-11-23T09:14:00Z");

    private final IncidentText text = new IncidentText(new Words(ContentSource.defaults()),
            Clock.fixed(NINE_FOURTEEN, LONDON));

    @Test
    void writesOneRowPerIncidentUnderHeadingsASafeguardingLeadRecognises() {
        IncidentView resolved = incident("Ben T.", "Scary, \"really\" scary", List.of(
                new IncidentView.Step(NINE_FOURTEEN, IncidentStep.REPORTED, "oak.ben", "Ben T.", "Scary"),
                new IncidentView.Step(NINE_FOURTEEN.plusSeconds(600), IncidentStep.RESOLVED, "oak.teacher",
                        "Mrs Okafor", "Spoke to both, parents told")),
                IncidentStatus.RESOLVED, "Spoke to both, parents told");

        String csv = new IncidentCsv(text).write(List.of(resolved));

        assertThat(csv).startsWith("\uFEFF");
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\"Incident\",\"Date\",\"Time\",\"Pupil\",\"Class\","
                + "\"Other pupils involved\",\"Category\",\"Reason\",\"Incident details\",\"Actions taken\","
                + "\"Status\",\"Raised by\",\"Escalated to DSL\",\"Acknowledged by\",\"Outcome\"");
        assertThat(csv).contains("\"7\",\"23/11/2026\",\"09:14\",\"Ben T.\",\"Oak Class\",\"Ava S.\","
                + "\"Online safety: whistle report\",\"Scary, \"\"really\"\" scary\"");
        assertThat(csv).contains("\"23/11/2026 09:14 Ben T.: Reported: Scary\n"
                + "23/11/2026 09:24 Mrs Okafor: Resolved: Spoke to both, parents told\"");
        assertThat(csv).contains(",\"Resolved\",\"Ben T.\",\"\",\"\",\"Spoke to both, parents told\"\r\n");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(IncidentCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(IncidentCsv.cell("+44 7700")).isEqualTo("\"'+44 7700\"");
        assertThat(IncidentCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(IncidentCsv.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(IncidentCsv.cell("Ben = kind")).isEqualTo("\"Ben = kind\"");
    }

    @Test
    void statusSaysWhetherAnEscalationWasPickedUpAndKioskStepsAreSignedByTheKiosk() {
        IncidentView waiting = new IncidentView(8, IncidentKind.ESCALATED_MESSAGE, "held-x", "teacher/held/x", 1L,
                "Oak Class", "oak.ela", "Ela K.", "", Set.of("oak.ela"), "SELFHARM", "…",
                IncidentStatus.ESCALATED, NINE_FOURTEEN, new IncidentView.Escalation(NINE_FOURTEEN, "", NINE_FOURTEEN,
                        1, null, null), null, "", List.of(new IncidentView.Step(NINE_FOURTEEN,
                        IncidentStep.REPORTED, AuditLog.SYSTEM, "", "SELFHARM")));

        assertThat(text.status(waiting)).isEqualTo("Escalated to the DSL, not yet acknowledged");
        assertThat(text.raisedBy(waiting)).isEqualTo("Safe Kiosk");
        assertThat(new IncidentCsv(text).write(List.of(waiting)))
                .contains("\"23/11/2026 09:14 Safe Kiosk: Reported: SELFHARM\"");
    }

    private static IncidentView incident(String pupil, String reasons, List<IncidentView.Step> steps,
                                         IncidentStatus status, String outcome) {
        return new IncidentView(7, IncidentKind.WHISTLE, "whistle-case-7", "teacher/whistle/7", 1L, "Oak Class",
                "oak.ben", pupil, "Ava S.", Set.of("oak.ben", "oak.ava"), reasons, "Ben T. reported a message",
                status, NINE_FOURTEEN, null, NINE_FOURTEEN.plusSeconds(600), outcome, steps);
    }
}
