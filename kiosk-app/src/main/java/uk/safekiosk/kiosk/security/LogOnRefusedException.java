package uk.safekiosk.kiosk.security;

import org.springframework.security.authentication.AccountStatusException;

/** Authentication failed because a {@link LogOnRule} said not now; carries what to tell the person. */
public class LogOnRefusedException extends AccountStatusException {

    private final transient LogOnRefusal refusal;

    public LogOnRefusedException(LogOnRefusal refusal) {
        super("Log-on refused: " + refusal.wordingKey());
        this.refusal = refusal;
    }

    public LogOnRefusal refusal() {
        return refusal;
    }
}
