package uk.safekiosk.gateway.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles the list syntax a school reads and edits. A line is a phrase; in it {@code @name} is a word group
 * ({@code @name?} may be left out), {@code ~} stands for up to three other words and {@code ~~} for up to eight
 * (to tie the parts of a disclosure together across a clause), {@code #} for a number in digits, {@code ^} and
 * {@code $} for the start and end of a sentence, and a star at either end of a word matches longer words
 * ({@code fuck*}, {@code *shit}). Everything else is matched as words after normalisation.
 */
final class PhraseParser {

    private static final int GAP_WORDS = 3;
    private static final int LONG_GAP_WORDS = 8;

    private PhraseParser() {
    }

    static boolean isGroupDefinition(String line) {
        return line.startsWith("@") && line.indexOf('=') > 1;
    }

    static void define(String file, String line, Map<String, List<List<Element>>> groups, TextNormaliser normaliser) {
        int eq = line.indexOf('=');
        String name = line.substring(1, eq).strip();
        List<List<Element>> alternatives = new ArrayList<>();
        for (String alternative : line.substring(eq + 1).split("\\|")) {
            if (!alternative.isBlank()) {
                alternatives.add(sequence(file, alternative, groups, normaliser));
            }
        }
        if (name.isEmpty() || alternatives.isEmpty()) {
            throw new IllegalArgumentException(file + ": a group needs a name and words: " + line);
        }
        groups.put(name, List.copyOf(alternatives));
    }

    static List<Element> sequence(String file, String text, Map<String, List<List<Element>>> groups,
            TextNormaliser normaliser) {
        List<Element> elements = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (String item : text.strip().split("\\s+")) {
            if (item.length() > 1 && item.startsWith("@")) {
                flush(literal, elements, normaliser);
                boolean optional = item.endsWith("?");
                String name = item.substring(1, optional ? item.length() - 1 : item.length());
                List<List<Element>> alternatives = groups.get(name);
                if (alternatives == null) {
                    throw new IllegalArgumentException(file + ": unknown group @" + name + " in: " + text.strip());
                }
                elements.add(Element.Group.of(alternatives, optional));
            } else if (item.equals("#")) {
                flush(literal, elements, normaliser);
                elements.add(new Element.Number());
            } else if (item.equals("$")) {
                flush(literal, elements, normaliser);
                elements.add(new Element.End());
            } else if (item.equals("^")) {
                flush(literal, elements, normaliser);
                elements.add(new Element.Start());
            } else if (item.equals("~") || item.equals("~~")) {
                flush(literal, elements, normaliser);
                elements.add(new Element.Gap(item.length() == 1 ? GAP_WORDS : LONG_GAP_WORDS));
            } else if (item.length() > 1 && (item.startsWith("*") || item.endsWith("*"))) {
                flush(literal, elements, normaliser);
                elements.add(affix(file, item, normaliser));
            } else {
                literal.append(item).append(' ');
            }
        }
        flush(literal, elements, normaliser);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException(file + ": nothing to match in: " + text.strip());
        }
        return List.copyOf(elements);
    }

    private static Element affix(String file, String item, TextNormaliser normaliser) {
        boolean front = item.startsWith("*");
        boolean back = item.endsWith("*");
        String core = item.substring(front ? 1 : 0, back ? item.length() - 1 : item.length());
        List<Token> tokens = normaliser.normalise(core).words();
        if (tokens.size() != 1) {
            throw new IllegalArgumentException(file + ": a starred entry must be one word: " + item);
        }
        Element.Word.Kind kind = front && back ? Element.Word.Kind.INFIX
                : front ? Element.Word.Kind.SUFFIX : Element.Word.Kind.PREFIX;
        return Element.Word.of(kind, tokens.getFirst());
    }

    private static void flush(StringBuilder literal, List<Element> elements, TextNormaliser normaliser) {
        if (literal.isEmpty()) {
            return;
        }
        for (Token token : normaliser.normalise(literal.toString()).words()) {
            elements.add(Element.Word.of(Element.Word.Kind.EXACT, token));
        }
        literal.setLength(0);
    }
}
