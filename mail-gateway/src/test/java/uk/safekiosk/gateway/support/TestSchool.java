package uk.safekiosk.gateway.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.safekiosk.gateway.roster.Credentials;
import uk.safekiosk.gateway.roster.Member;
import uk.safekiosk.gateway.roster.Role;
import uk.safekiosk.gateway.roster.Roster;

/**
 * A small school: Ada and Ben in class 6L with their teacher Mrs Tan, Cal in class 5K, and Dee the DSL. Passwords are
 * plain text here only because this is a test double of the kiosk's credential store.
 */
public final class TestSchool implements Roster, Credentials {

    public static final String ADA = "ada@school.test";
    public static final String BEN = "ben@school.test";
    public static final String CAL = "cal@school.test";
    public static final String TAN = "mrs.tan@school.test";
    public static final String DEE = "dee@school.test";

    private final List<Member> members = new CopyOnWriteArrayList<>(List.of(
            new Member(ADA, "Ada", Role.PUPIL, Set.of("6L")),
            new Member(BEN, "Ben", Role.PUPIL, Set.of("6L")),
            new Member(CAL, "Cal", Role.PUPIL, Set.of("5K")),
            new Member(TAN, "Mrs Tan", Role.TEACHER, Set.of("6L")),
            new Member(DEE, "Dee", Role.DSL, Set.of())));
    private final Set<String> resting = ConcurrentHashMap.newKeySet();
    private final Map<String, String> passwords =
            Map.of(ADA, "ada-pw", BEN, "ben-pw", CAL, "cal-pw", TAN, "tan-pw", DEE, "dee-pw");

    public static String passwordOf(String address) {
        return address.substring(0, address.indexOf('@')).replace("mrs.", "") + "-pw";
    }

    /** A pupil joins mid-year. */
    public void add(Member member) {
        members.add(member);
    }

    /** A teacher pauses this member's email. */
    public void rest(String address) {
        resting.add(Member.normalise(address));
    }

    @Override
    public boolean maySend(Member sender) {
        return !resting.contains(sender.address());
    }

    @Override
    public Optional<Member> find(String address) {
        String normalised = Member.normalise(address);
        return members.stream().filter(m -> m.address().equals(normalised)).findFirst();
    }

    @Override
    public List<Member> members() {
        return List.copyOf(members);
    }

    @Override
    public boolean verify(String address, String password) {
        return password.equals(passwords.get(Member.normalise(address)));
    }
}
