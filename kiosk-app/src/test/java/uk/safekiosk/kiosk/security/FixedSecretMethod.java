package uk.safekiosk.kiosk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A log-on method for tests whose only secret is fixed, and which remembers whom it was asked about. */
final class FixedSecretMethod implements LogOnMethod {

    final List<String> asked = new ArrayList<>();
    private final String secret;

    FixedSecretMethod(String secret) {
        this.secret = secret;
    }

    @Override
    public String path() {
        return "login/test";
    }

    @Override
    public String entryWordingKey() {
        return "test.entry";
    }

    @Override
    public List<String> entryImages() {
        return List.of();
    }

    @Override
    public boolean offered() {
        return true;
    }

    @Override
    public boolean secretMatches(String username, String tried) {
        asked.add(username);
        return secret.equals(tried);
    }

    @Override
    public Optional<LogOnRefusal> refusePassword(String username) {
        return Optional.empty();
    }
}
