package uk.safekiosk.kiosk.security;

import java.util.List;
import java.util.Objects;

/** Why log-on was refused, as a wording key (and its arguments) the log-on page shows kindly. */
public record LogOnRefusal(String wordingKey, List<Object> arguments) {

    public LogOnRefusal {
        Objects.requireNonNull(wordingKey, "wordingKey");
        arguments = List.copyOf(arguments);
    }

    public static LogOnRefusal of(String wordingKey, Object... arguments) {
        return new LogOnRefusal(wordingKey, List.of(arguments));
    }
}
