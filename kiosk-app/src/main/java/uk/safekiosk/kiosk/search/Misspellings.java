package uk.safekiosk.kiosk.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import uk.safekiosk.gateway.text.NormalisedText;
import uk.safekiosk.gateway.text.Token;

/**
 * Puts right children's misspellings of listed words ("sucide", "cocain", "snapchatt", "gamblng", "nife") so the
 * lists need each word once. A word is only ever corrected when it is not a real English word (so "heroine", "baked"
 * and "getting" stay as they are), starts like the listed word and is one edit away from it (two for long words);
 * swapped neighbouring letters count as one edit, and a word that sounds the same (Double Metaphone) may be two edits
 * away ("omegal", "marajuana"). A short word is only put right when a doubled letter was written once ("kil"), a
 * silent first letter was left out ("nife", "nuckle") or a final "z" stands for "s" ("fanz"), as children write
 * what they hear. A word that is no misspelling may be words run together ({@link RunTogetherWords}), and two
 * neighbours may be one listed word split in the wrong place ("whats ap").
 */
final class Misspellings {

    private static final int MIN_LENGTH = 5;
    private static final int SHORTEST = 3;
    private static final int SHORTEST_SILENT = 4;
    private static final int TWO_EDITS_FROM = 8;
    private static final List<String> SILENT_STARTS = List.of("kn", "wr", "gn", "ps");

    /** How a listed word may be written: as it is, or without its silent first letter. */
    private record Spelling(String written, String listed) {
    }

    private static final int SOUNDS_ALIKE_EDITS = 2;

    /** Whole words' sounds, not the usual first four sounds, so "proxima" does not sound like "proxies". */
    private static final int SOUND_LENGTH = 12;

    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    private final Set<String> knownWords;
    private final Set<String> listed;
    private final Map<Character, List<Spelling>> byFirstLetter;
    private final RunTogetherWords runTogether;

    Misspellings(Set<String> knownWords, Set<String> listedWords) {
        this.knownWords = knownWords;
        this.metaphone.setMaxCodeLen(SOUND_LENGTH);
        Map<Character, List<Spelling>> byFirst = new HashMap<>();
        for (String word : listedWords) {
            if (!isLetters(word)) {
                continue;
            }
            if (word.length() >= MIN_LENGTH) {
                byFirst.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(new Spelling(word, word));
            }
            if (SILENT_STARTS.stream().anyMatch(word::startsWith) && word.length() > SHORTEST_SILENT) {
                byFirst.computeIfAbsent(word.charAt(1), k -> new ArrayList<>())
                        .add(new Spelling(word.substring(1), word));
            }
        }
        byFirst.values().forEach(list -> list.sort((a, b) -> a.written().compareTo(b.written())));
        this.listed = Set.copyOf(listedWords);
        this.byFirstLetter = Map.copyOf(byFirst);
        this.runTogether = new RunTogetherWords(knownWords, this.listed);
    }

    /** The query with every misspelled listed word put right, or empty when nothing needed it. */
    Optional<String> correct(NormalisedText text) {
        String original = text.original();
        StringBuilder out = new StringBuilder(original.length());
        int copied = 0;
        boolean changed = false;
        List<Token> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            Token token = words.get(i);
            if (token.start() < copied) {
                continue;
            }
            Token next = i + 1 < words.size() && words.get(i + 1).sentence() == token.sentence() ? words.get(i + 1)
                    : null;
            String joined = next == null ? null : joined(token.text(), next.text());
            if (joined != null) {
                out.append(original, copied, token.start()).append(joined);
                copied = next.end();
                changed = true;
                continue;
            }
            String fix = correction(token.text());
            String letters = fix == null ? letters(token) : null;
            if (letters != null) {
                fix = runTogether.split(letters, this::correction);
            }
            if (fix != null) {
                out.append(original, copied, token.start()).append(fix);
                copied = token.end();
                changed = true;
            }
        }
        if (!changed) {
            return Optional.empty();
        }
        return Optional.of(out.append(original.substring(copied)).toString());
    }

    private String correction(String word) {
        if (word.length() < SHORTEST || !isLetters(word) || listed.contains(word) || knownWords.contains(word)) {
            return null;
        }
        if (word.endsWith("z") && listed.contains(word.substring(0, word.length() - 1) + "s")) {
            return word.substring(0, word.length() - 1) + "s";
        }
        if (word.length() < MIN_LENGTH) {
            String doubled = withALetterDoubled(word);
            if (doubled != null) {
                return doubled;
            }
        }
        // Short words are too close to real ones to guess at: only a dropped silent letter is put back.
        int allowed = word.length() < MIN_LENGTH ? 0 : word.length() >= TWO_EDITS_FROM ? 2 : 1;
        String best = null;
        int bestDistance = allowed + 1;
        String sound = word.length() >= MIN_LENGTH ? metaphone.doubleMetaphone(word) : null;
        for (Spelling candidate : byFirstLetter.getOrDefault(word.charAt(0), List.of())) {
            boolean soundsAlike = sound != null && sound.equals(metaphone.doubleMetaphone(candidate.written()));
            int reach = soundsAlike ? Math.max(allowed, SOUNDS_ALIKE_EDITS) : allowed;
            if (Math.abs(candidate.written().length() - word.length()) > reach) {
                continue;
            }
            int d = distance(word, candidate.written(), reach);
            // A word that sounds alike counts as one edit closer, so it wins a tie.
            int score = soundsAlike ? d - 1 : d;
            if (d <= reach && score < bestDistance) {
                best = candidate.listed();
                bestDistance = score;
            }
        }
        return best;
    }

    /**
     * The listed word two neighbours make when a child split one ("whats ap" for "whatsapp"), or null. One of them
     * must be no word at all, so "pen is" never becomes "penis".
     */
    private String joined(String first, String second) {
        if (!isLetters(first) || !isLetters(second) || (isWord(first) && isWord(second))) {
            return null;
        }
        String both = first + second;
        return listed.contains(both) ? both : correction(both);
    }

    private boolean isWord(String word) {
        return listed.contains(word) || knownWords.contains(word);
    }

    /** The word in letters: as typed less a number at its end ("games76", not read as leetspeak), as read, or null. */
    private static String letters(Token token) {
        String typed = token.raw().replaceFirst("[0-9]+$", "");
        if (typed.length() < token.raw().length() && isLetters(typed)) {
            return typed;
        }
        return isLetters(token.text()) ? token.text() : null;
    }

    /** The listed word this one is with one of its letters written twice ("kil" → "kill"), or null. */
    private String withALetterDoubled(String word) {
        for (int i = 0; i < word.length(); i++) {
            String doubled = word.substring(0, i + 1) + word.substring(i);
            if (listed.contains(doubled)) {
                return doubled;
            }
        }
        return null;
    }

    /** Edits (insert, delete, change, swap two neighbours) from a to b, or {@code limit + 1} if more. */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return Math.min(d[n][m], limit + 1);
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return !word.isEmpty();
    }
}
