package uk.safekiosk.gateway.roster;

/**
 * Port: checks a member's own password, for mail clients outside the kiosk (Thunderbird, swaks). The kiosk implements
 * it from its password store; it may refuse every pupil here so that pupils can only use mail through the kiosk.
 */
@FunctionalInterface
public interface Credentials {

    /** True when {@code password} is the member's password. Must not throw for unknown addresses. */
    boolean verify(String address, String password);

    /** Accepts no password at all: only kiosk mail tokens log on. */
    static Credentials none() {
        return (address, password) -> false;
    }
}
