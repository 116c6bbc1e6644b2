package uk.safekiosk.gateway.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.rules.ScannedMessage.ScannedText;
import uk.safekiosk.gateway.text.NormalisedText;
import uk.safekiosk.gateway.text.PhraseMatch;
import uk.safekiosk.gateway.text.Token;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * ADDRESS: where someone lives. A house number (digits, "2a", or words: "fifteen") then a street name and a street
 * word ("45 Copper Beech Drive"); a flat number ("flat 14"); "I live at/on …" followed by a street or number; or an
 * envelope layout (a line that is just "Kingfisher Court"). Addresses from stories and homework ("10 Downing
 * Street") are allowed.
 */
final class AddressRule extends GatewayRule {

    private static final int MAX_NAME_WORDS = 3;
    /** How many words after "I live at" a street word or house number may come. */
    private static final int INTRODUCTION_REACH = 6;
    /** A number after these words is a count, not a house ("the 3 little pigs"). */
    private static final List<String> ARTICLES = List.of("the", "a", "an");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d{1,4}[a-z]?");

    private final AddressWords words;

    AddressRule(TextNormaliser normaliser, AddressWords words) {
        super("address", ReasonCode.ADDRESS, normaliser);
        this.words = words;
    }

    @Override
    void inspectText(ScannedText text, List<Finding> into) {
        NormalisedText t = text.text();
        List<Token> tokens = t.words();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int streetEnd = numberedStreet(tokens, i);
            if (streetEnd > 0) {
                spans.add(new int[] {tokens.get(i).start(), tokens.get(streetEnd - 1).end()});
            }
            int flatEnd = flat(tokens, i);
            if (flatEnd > 0) {
                spans.add(new int[] {tokens.get(i).start(), tokens.get(flatEnd - 1).end()});
            }
        }
        for (PhraseMatch intro : words.introductions().find(t)) {
            int end = placeAfter(tokens, intro);
            if (end > 0) {
                spans.add(new int[] {intro.start(), tokens.get(end - 1).end()});
            }
        }
        envelopeLines(t, tokens, spans);
        if (spans.isEmpty()) {
            return;
        }
        List<PhraseMatch> allowed = words.allowed().find(t);
        for (int[] span : spans) {
            if (allowed.stream().noneMatch(a -> a.overlaps(span[0], span[1]))) {
                into.add(finding(text, span[0], span[1]));
            }
        }
    }

    /** "45 Copper Beech Drive": end index after the street word, or -1. */
    private int numberedStreet(List<Token> tokens, int i) {
        if (i > 0 && ARTICLES.contains(tokens.get(i - 1).text())) {
            return -1;
        }
        int afterNumber = houseNumberEnd(tokens, i);
        if (afterNumber < 0) {
            return -1;
        }
        int j = afterNumber;
        if (j + 1 < tokens.size() && tokens.get(j).text().equals("the")
                && words.streets().contains(tokens.get(j + 1).text()) && sameSentence(tokens, i, j + 1)) {
            return j + 2; // "52 the crescent"
        }
        int names = 0;
        while (j < tokens.size() && names <= MAX_NAME_WORDS && sameSentence(tokens, i, j)) {
            Token t = tokens.get(j);
            if (names > 0 && words.streets().contains(t.text())) {
                return j + 1;
            }
            if (!isNameWord(t)) {
                return -1;
            }
            names++;
            j++;
        }
        return -1;
    }

    /** "flat 14", "flat 2a", "our flat is number 40": end index after the number, or -1. */
    private int flat(List<Token> tokens, int i) {
        if (!words.flats().contains(tokens.get(i).text())) {
            return -1;
        }
        for (int j = i + 1; j <= i + 3 && j < tokens.size() && sameSentence(tokens, i, j); j++) {
            int end = houseNumberEnd(tokens, j);
            if (end > 0) {
                return end;
            }
        }
        return -1;
    }

    /** After "I live at/on": a house number or street word within a few words. */
    private int placeAfter(List<Token> tokens, PhraseMatch intro) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).start() < intro.end()) {
            first++;
        }
        for (int j = first; j < tokens.size() && j < first + INTRODUCTION_REACH; j++) {
            Token t = tokens.get(j);
            if (t.sentence() != intro.sentence()) {
                return -1;
            }
            if (words.streets().contains(t.text()) && j > first && isNameWord(tokens.get(j - 1))) {
                return j + 1; // "on starling close", not "on our road"
            }
            int afterNumber = houseNumberEnd(tokens, j);
            if (afterNumber > 0 && !isCount(tokens, afterNumber, intro.sentence())) {
                return afterNumber;
            }
        }
        return -1;
    }

    /** "2 minutes away", "12 years": the number counts something, it is not a house. */
    private boolean isCount(List<Token> tokens, int next, int sentence) {
        return next < tokens.size() && tokens.get(next).sentence() == sentence
                && words.notNames().contains(tokens.get(next).text());
    }

    /** A line that is only a street name: "Kingfisher Court" on its own line of an envelope-style message. */
    private void envelopeLines(NormalisedText t, List<Token> tokens, List<int[]> spans) {
        String s = t.original();
        if (s.indexOf('\n') < 0) {
            return;
        }
        int lineStart = 0;
        int i = 0;
        while (lineStart <= s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = s.length();
            }
            List<Token> line = new ArrayList<>();
            while (i < tokens.size() && tokens.get(i).start() < lineEnd) {
                if (tokens.get(i).start() >= lineStart) {
                    line.add(tokens.get(i));
                }
                i++;
            }
            if (isStreetLine(line)) {
                spans.add(new int[] {line.getFirst().start(), line.getLast().end()});
            }
            lineStart = lineEnd + 1;
        }
    }

    private boolean isStreetLine(List<Token> line) {
        if (line.size() < 2 || line.size() > MAX_NAME_WORDS + 1 || !words.streets().contains(line.getLast().text())) {
            return false;
        }
        return line.subList(0, line.size() - 1).stream().allMatch(this::isNameWord);
    }

    /** End index after a house number starting at {@code i} ("14", "2a", "fifteen", "twenty two"), or -1. */
    private int houseNumberEnd(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return -1;
        }
        String raw = tokens.get(i).raw();
        if (HOUSE_NUMBER.matcher(raw).matches()) {
            return i + 1;
        }
        int j = i;
        while (j < tokens.size() && j < i + 2 && words.numberWords().contains(tokens.get(j).text())) {
            j++;
        }
        return j > i ? j : -1;
    }

    private boolean isNameWord(Token t) {
        String raw = t.raw();
        return raw.length() > 1 && raw.chars().allMatch(Character::isLetter) && !words.notNames().contains(t.text())
                && !words.numberWords().contains(t.text());
    }

    private static boolean sameSentence(List<Token> tokens, int i, int j) {
        return tokens.get(i).sentence() == tokens.get(j).sentence();
    }
}
