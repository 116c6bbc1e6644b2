package uk.safekiosk.gateway.roster;

import java.util.Objects;
import java.util.Optional;

/**
 * The one place SMTP AUTH and IMAP LOGIN are decided: a live kiosk token for that very address, or the member's own
 * password through {@link Credentials}; either way the address must be a roster member.
 */
public final class MailLogin {

    private final Roster roster;
    private final Credentials credentials;
    private final MailTokens tokens;

    public MailLogin(Roster roster, Credentials credentials, MailTokens tokens) {
        this.roster = Objects.requireNonNull(roster, "roster");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    public Optional<Member> authenticate(String username, String secret) {
        if (username == null || secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        Optional<Member> member = roster.find(username);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        String address = member.get().address();
        boolean accepted = tokens.accepts(address, secret) || credentials.verify(address, secret);
        return accepted ? member : Optional.empty();
    }
}
