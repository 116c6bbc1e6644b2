package uk.safekiosk.gateway.roster;

import java.util.List;
import java.util.Optional;

/**
 * Port: who is at the school. The kiosk implements it from its database; {@link CsvRoster} implements it from a file
 * for the stand-alone gateway. Implementations must be safe to call from several threads.
 */
public interface Roster {

    /** The member with this address, in any letter case. */
    Optional<Member> find(String address);

    /** Everyone who has a mailbox; the mailbox store creates one for each, and for no one else. */
    List<Member> members();

    /**
     * Whether {@code sender} may write to {@code recipient}. The school's rule: a pupil writes only to people who share
     * a class with them (their classmates and their class's staff); staff write to anyone at the school.
     */
    default boolean mayWrite(Member sender, Member recipient) {
        return sender.role().isStaff() || sender.sharesClassWith(recipient);
    }

    /**
     * Whether {@code sender} may send mail at all just now. The school may rest a pupil's email for a while (a teacher
     * paused it); the front then refuses at MAIL FROM, whatever client is used. Everyone may send by default.
     */
    default boolean maySend(Member sender) {
        return true;
    }
}
