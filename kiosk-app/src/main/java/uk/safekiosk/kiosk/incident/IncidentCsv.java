package uk.safekiosk.kiosk.incident;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The incident log as CSV (RFC 4180, with a byte-order mark so spreadsheet programs read it as UTF-8), one row per
 * incident, in columns a safeguarding lead can paste into CPOMS or a paper incident form: date, time, pupil, class,
 * others involved, category, what happened, actions taken (one per line), status, raised by, escalation, outcome.
 */
final class IncidentCsv {

    private static final String BOM = "\uFEFF";
    private static final List<String> HEADERS = List.of("number", "date", "time", "pupil", "class", "linked",
            "category", "reasons", "details", "actions", "status", "raised-by", "escalated", "acknowledged-by",
            "outcome");

    private final IncidentText text;

    IncidentCsv(IncidentText text) {
        this.text = text;
    }

    String write(List<IncidentView> incidents) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, HEADERS.stream().map(h -> text.word("incident.csv." + h)).toList());
        for (IncidentView i : incidents) {
            line(out, List.of(
                    String.valueOf(i.id()),
                    text.date(i.openedAt()),
                    text.time(i.openedAt()),
                    i.pupilName(),
                    i.className(),
                    i.linkedNames(),
                    text.kind(i.kind()),
                    i.reasons(),
                    i.summary(),
                    i.steps().stream().map(text::step).collect(Collectors.joining("\n")),
                    text.status(i),
                    text.raisedBy(i),
                    i.escalation() == null ? "" : text.when(i.escalation().at()),
                    i.escalation() == null || i.escalation().acknowledgedBy() == null ? ""
                            : i.escalation().acknowledgedBy(),
                    i.outcome()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(IncidentCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /**
     * Quoted, quotes doubled. A cell a spreadsheet would take for a formula (a pupil's message can start with "=")
     * gets a leading apostrophe, so opening the export never runs anything.
     */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
