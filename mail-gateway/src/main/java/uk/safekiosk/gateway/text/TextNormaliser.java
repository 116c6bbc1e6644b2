package uk.safekiosk.gateway.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safekiosk.content.ContentSource;

/**
 * Undoes the ways children (and people dodging a filter) disguise words and numbers: case, accents, look-alike
 * letters, leetspeak, stretched letters, letters spaced or dotted apart, number words, look-alike digits. Built once
 * from the tables in {@code content/data/gateway/}; immutable and safe to share between threads.
 */
public final class TextNormaliser {

    static final String LOOKALIKES = "gateway/lookalikes.txt";
    static final String LEET = "gateway/leet.txt";
    static final String DIGIT_WORDS = "gateway/digit-words.txt";
    static final String DIGIT_LOOKALIKES = "gateway/digit-lookalikes.txt";
    static final String NUMBER_FILLERS = "gateway/number-fillers.txt";
    static final String SYNONYMS = "gateway/synonyms.txt";

    /** At least this many single letters in a row are read as one spaced-out word ("f u c k"). */
    private static final int MIN_JOINED_LETTERS = 3;
    /** Single letters further apart than this many characters are not one word. */
    private static final int MAX_JOIN_GAP = 3;

    private final CharFolder folder;
    private final WordTokenizer tokenizer;
    private final NumberReader numberReader;
    private final Synonyms synonyms;

    private TextNormaliser(CharFolder folder, WordTokenizer tokenizer, NumberReader numberReader, Synonyms synonyms) {
        this.folder = folder;
        this.tokenizer = tokenizer;
        this.numberReader = numberReader;
        this.synonyms = synonyms;
    }

    public static TextNormaliser fromContent(ContentSource content) {
        Map<Integer, String> lookalikes = new HashMap<>();
        CharTable.words(content.listLines(LOOKALIKES), LOOKALIKES)
                .forEach((from, to) -> lookalikes.put(from.codePointAt(0), to));
        Map<Character, Character> leet = new HashMap<>();
        CharTable.words(content.listLines(LEET), LEET).forEach((from, to) -> leet.put(from.charAt(0), to.charAt(0)));

        Map<String, String> digitWords = new HashMap<>();
        Map<String, Integer> multipliers = new HashMap<>();
        CharTable.words(content.listLines(DIGIT_WORDS), DIGIT_WORDS).forEach((word, digit) -> {
            if (digit.startsWith("x")) {
                multipliers.put(word, Integer.parseInt(digit.substring(1)));
            } else {
                digitWords.put(word, digit);
            }
        });
        Map<Character, Character> digitLookalikes = new HashMap<>();
        CharTable.words(content.listLines(DIGIT_LOOKALIKES), DIGIT_LOOKALIKES)
                .forEach((letter, digit) -> digitLookalikes.put(letter.charAt(0), digit.charAt(0)));
        Set<String> fillers = new HashSet<>(content.listLines(NUMBER_FILLERS));

        CharFolder folder = new CharFolder(lookalikes);
        WordTokenizer tokenizer = new WordTokenizer(leet);
        NumberReader numbers = new NumberReader(digitWords, multipliers, digitLookalikes, fillers);
        TextNormaliser plain = new TextNormaliser(folder, tokenizer, numbers, Synonyms.none());

        Map<List<String>, List<String>> table = new HashMap<>();
        CharTable.phrases(content.listLines(SYNONYMS), SYNONYMS)
                .forEach((from, to) -> table.put(plain.rawWords(from), plain.rawWords(to)));
        return new TextNormaliser(folder, tokenizer, numbers, Synonyms.of(table));
    }

    public NormalisedText normalise(String text) {
        Folded folded = folder.fold(text == null ? "" : text);
        List<Token> raw = tokenizer.tokenize(folded);
        List<Token> words = finish(synonyms.apply(raw));
        List<Token> joined = joinSingleLetters(raw, folded.original());
        List<Token> joinedWords = joined == raw ? words : finish(synonyms.apply(joined));
        return new NormalisedText(folded, words, joinedWords, numberReader.read(folded));
    }

    /** The normalised words of a list entry, exactly as text would be normalised. */
    public List<String> words(String phrase) {
        return normalise(phrase).words().stream().map(Token::text).toList();
    }

    private List<String> rawWords(String phrase) {
        return tokenizer.tokenize(folder.fold(phrase)).stream().map(Token::text).toList();
    }

    private static List<Token> finish(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().indexOf('\'') >= 0) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                out.add(t.withText(t.text().replace("'", ""), t.start(), t.end()));
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    private List<Token> joinSingleLetters(List<Token> tokens, String original) {
        List<Token> out = null;
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            String separator = null;
            while (j < tokens.size() && isSingle(tokens.get(j))) {
                if (j > i) {
                    String between = gap(original, tokens.get(j - 1), tokens.get(j));
                    if (separator == null) {
                        separator = between;
                    }
                    if (!between.equals(separator) || between.length() > MAX_JOIN_GAP
                            || tokens.get(j - 1).sentence() != tokens.get(j).sentence()) {
                        break;
                    }
                }
                j++;
            }
            if (j - i >= MIN_JOINED_LETTERS) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                StringBuilder raw = new StringBuilder();
                tokens.subList(i, j).forEach(t -> raw.append(t.raw()));
                Token first = tokens.get(i);
                out.add(tokenizer.word(raw.toString(), first.start(), tokens.get(j - 1).end(), first.sentence()));
                i = j;
            } else {
                int stop = Math.max(j, i + 1);
                if (out != null) {
                    out.addAll(tokens.subList(i, stop));
                }
                i = stop;
            }
        }
        return out == null ? tokens : out;
    }

    private static boolean isSingle(Token t) {
        return t.raw().length() == 1 && Character.isLetterOrDigit(t.raw().charAt(0));
    }

    /** What separates two words in the original: one spaced-out word keeps the same separator throughout. */
    private static String gap(String original, Token previous, Token next) {
        return original.substring(previous.end(), Math.max(previous.end(), next.start()));
    }
}
