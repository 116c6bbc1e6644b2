package uk.safekiosk.gateway.text;

import java.util.List;

/**
 * Digit groups that follow each other with only spaces, new lines, dots, dashes, brackets, commas or a filler word
 * ("then") between them: the way a child spreads one number out ("07700 . 900 (then) 9 8 1").
 */
public record NumberRun(List<DigitGroup> groups) {

    public NumberRun {
        groups = List.copyOf(groups);
    }

    public String digits() {
        StringBuilder all = new StringBuilder();
        groups.forEach(g -> all.append(g.digits()));
        return all.toString();
    }
}
