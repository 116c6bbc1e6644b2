package uk.safekiosk.kiosk.roster;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pupils' layout of a class. KS1 (Reception to Year 2, ages 4 to 7): bigger targets, more pictures, fewer words
 * and the short rules. KS2 (Years 3 to 6): the standard screens.
 */
public enum KeyStage {
    KS1,
    KS2;

    private static final Pattern YEAR = Pattern.compile("(?:year|yr|y)\\s*(\\d+)");

    /** The layout a class gets until staff choose: from its year group ("Year 1", "Reception", "Y2"). */
    public static KeyStage forYearGroup(String yearGroup) {
        String year = yearGroup == null ? "" : yearGroup.strip().toLowerCase(Locale.ROOT);
        if (year.contains("reception") || year.contains("nursery") || year.equals("r")) {
            return KS1;
        }
        Matcher m = YEAR.matcher(year);
        return m.find() && Integer.parseInt(m.group(1)) <= 2 ? KS1 : KS2;
    }
}
