package uk.safekiosk.gateway.roster;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Someone with a mailbox at the school.
 *
 * @param address     the mail address, stored in its normal form (see {@link #normalise(String)})
 * @param displayName the name shown in From/To of delivered mail
 * @param role        pupil or a kind of staff
 * @param classIds    the classes the member belongs to (a pupil's class, the classes a teacher teaches)
 */
public record Member(String address, String displayName, Role role, Set<String> classIds) {

    public Member {
        address = normalise(Objects.requireNonNull(address, "address"));
        if (address.isEmpty()) {
            throw new IllegalArgumentException("A member needs an address");
        }
        displayName = displayName == null || displayName.isBlank() ? address : displayName.strip();
        Objects.requireNonNull(role, "role");
        classIds = Set.copyOf(classIds);
    }

    public boolean sharesClassWith(Member other) {
        return classIds.stream().anyMatch(other.classIds::contains);
    }

    /** Mail addresses are compared without case and surrounding space (and without SMTP's angle brackets). */
    public static String normalise(String address) {
        String trimmed = address.strip();
        if (trimmed.startsWith("<") && trimmed.endsWith(">")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1).strip();
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
