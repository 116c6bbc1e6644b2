package uk.safekiosk.kiosk.rules;

import java.util.List;

/** The rules as shown, and the version pupils agree to: a hash of exactly that text. */
public record RuleBook(String version, List<SchoolRule> rules) {
    public RuleBook {
        rules = List.copyOf(rules);
    }
}
