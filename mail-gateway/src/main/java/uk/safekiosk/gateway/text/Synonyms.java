package uk.safekiosk.gateway.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites the many spellings of one word into one ("u", "ya" → "you"; "ur", "you're", "you are" → "your"), so a
 * list needs each phrase once. Single words are rewritten first, then phrases, so "u r" becomes "you are" and then
 * "your". Lists are normalised the same way, so the choice of canonical word never shows.
 */
final class Synonyms {

    private record Rule(List<String> from, List<String> to) {
    }

    private final Map<String, List<Rule>> singleByFirst;
    private final Map<String, List<Rule>> phraseByFirst;

    private Synonyms(Map<String, List<Rule>> singleByFirst, Map<String, List<Rule>> phraseByFirst) {
        this.singleByFirst = singleByFirst;
        this.phraseByFirst = phraseByFirst;
    }

    static Synonyms none() {
        return new Synonyms(Map.of(), Map.of());
    }

    /** @param table source → canonical, both already split into words */
    static Synonyms of(Map<List<String>, List<String>> table) {
        Map<String, List<Rule>> single = new HashMap<>();
        Map<String, List<Rule>> phrase = new HashMap<>();
        table.forEach((from, to) -> {
            if (from.isEmpty()) {
                return;
            }
            Rule rule = new Rule(List.copyOf(from), List.copyOf(to));
            (from.size() == 1 ? single : phrase).computeIfAbsent(from.getFirst(), k -> new ArrayList<>()).add(rule);
        });
        // Longest phrase first, so "you are not" wins over "you are".
        phrase.values().forEach(rules -> rules.sort((a, b) -> b.from().size() - a.from().size()));
        return new Synonyms(Map.copyOf(single), Map.copyOf(phrase));
    }

    List<Token> apply(List<Token> tokens) {
        if (singleByFirst.isEmpty() && phraseByFirst.isEmpty()) {
            return tokens;
        }
        return pass(pass(tokens, singleByFirst), phraseByFirst);
    }

    private static List<Token> pass(List<Token> tokens, Map<String, List<Rule>> rules) {
        List<Token> out = null;
        int i = 0;
        while (i < tokens.size()) {
            Rule rule = ruleAt(tokens, i, rules);
            if (rule == null) {
                if (out != null) {
                    out.add(tokens.get(i));
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            Token first = tokens.get(i);
            Token last = tokens.get(i + rule.from().size() - 1);
            for (String word : rule.to()) {
                out.add(first.withText(word, first.start(), last.end()));
            }
            i += rule.from().size();
        }
        return out == null ? tokens : out;
    }

    private static Rule ruleAt(List<Token> tokens, int i, Map<String, List<Rule>> rules) {
        Token first = tokens.get(i);
        List<Rule> candidates = rules.get(first.text());
        if (candidates == null) {
            candidates = rules.get(first.squeezed());
        }
        if (candidates == null) {
            return null;
        }
        for (Rule rule : candidates) {
            if (matches(tokens, i, rule.from())) {
                return rule;
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int i, List<String> from) {
        if (i + from.size() > tokens.size()) {
            return false;
        }
        int sentence = tokens.get(i).sentence();
        for (int k = 0; k < from.size(); k++) {
            Token t = tokens.get(i + k);
            if (t.sentence() != sentence || !(t.text().equals(from.get(k)) || t.squeezed().equals(from.get(k)))) {
                return false;
            }
        }
        return true;
    }
}
