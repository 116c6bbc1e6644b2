package uk.safekiosk.gateway.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the numbers out of folded text however a child spells them: digits, digit words ("oh seven seven"),
 * "double"/"treble", look-alike letters among digits ("O7700", "9O0"), keycap emoji (already plain digits after
 * folding), and pieces spread over spaces, lines, dots, dashes and brackets.
 */
final class NumberReader {

    /** Characters that may sit between two pieces of one number. */
    private static final String JOINERS = " \t\r\n.-()[],_/";

    private final Map<String, String> digitWords;
    private final Map<String, Integer> multipliers;
    private final Map<Character, Character> lookalikes;
    private final Set<String> fillers;

    NumberReader(Map<String, String> digitWords, Map<String, Integer> multipliers,
            Map<Character, Character> lookalikes, Set<String> fillers) {
        this.digitWords = Map.copyOf(digitWords);
        this.multipliers = Map.copyOf(multipliers);
        this.lookalikes = Map.copyOf(lookalikes);
        this.fillers = Set.copyOf(fillers);
    }

    List<NumberRun> read(Folded folded) {
        String s = folded.text();
        int n = s.length();
        List<NumberRun> runs = new ArrayList<>();
        List<DigitGroup> current = new ArrayList<>();
        int multiplier = 1;
        int multiplierStart = -1;
        boolean brokenSinceLast = false;
        boolean plus = false;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isAlnum(c)) {
                if (c == '+') {
                    plus = true;
                } else if (JOINERS.indexOf(c) < 0) {
                    brokenSinceLast = true;
                    plus = false;
                }
                i++;
                continue;
            }
            int j = i;
            while (j < n && isAlnum(s.charAt(j))) {
                j++;
            }
            String atom = s.substring(i, j);
            if (brokenSinceLast) {
                flush(current, runs);
                multiplier = 1;
                brokenSinceLast = false;
            }
            String digits = digitsOf(atom);
            Integer times = multipliers.get(atom);
            if (digits != null) {
                String expanded = multiplier > 1 ? expand(digits, multiplier) : digits;
                int start = multiplier > 1 ? multiplierStart : i;
                current.add(new DigitGroup(expanded, folded.originalStart(start), folded.originalEnd(j), plus));
                multiplier = 1;
            } else if (times != null) {
                multiplier = times;
                multiplierStart = i;
            } else if (!fillers.contains(atom) || current.isEmpty()) {
                flush(current, runs);
                multiplier = 1;
            }
            plus = false;
            i = j;
        }
        flush(current, runs);
        return List.copyOf(runs);
    }

    private String digitsOf(String atom) {
        String word = digitWords.get(atom);
        if (word != null) {
            return word;
        }
        int digitCount = 0;
        for (int k = 0; k < atom.length(); k++) {
            char c = atom.charAt(k);
            if (c >= '0' && c <= '9') {
                digitCount++;
            } else if (!lookalikes.containsKey(c)) {
                return null;
            }
        }
        int letters = atom.length() - digitCount;
        if (digitCount == 0) {
            return null;
        }
        if (letters == 0) {
            return atom;
        }
        StringBuilder mapped = new StringBuilder(atom.length());
        for (int k = 0; k < atom.length(); k++) {
            char c = atom.charAt(k);
            mapped.append(c >= '0' && c <= '9' ? c : lookalikes.get(c));
        }
        return mapped.toString();
    }

    /** "double 7" is 77; "double 07" is 007 (the first digit repeats). */
    private static String expand(String digits, int times) {
        return String.valueOf(digits.charAt(0)).repeat(times - 1) + digits;
    }

    private static void flush(List<DigitGroup> current, List<NumberRun> runs) {
        if (!current.isEmpty()) {
            runs.add(new NumberRun(current));
            current.clear();
        }
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
