package uk.safekiosk.kiosk.roster;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.safekiosk.gateway.roster.Member;
import uk.safekiosk.gateway.roster.Roster;

/** The gateway's view of the school, straight from the kiosk's database. */
@Component
class GatewayRoster implements Roster {

    private final RosterService roster;
    private final List<MailSendingRule> sendingRules;

    GatewayRoster(RosterService roster, List<MailSendingRule> sendingRules) {
        this.roster = roster;
        this.sendingRules = List.copyOf(sendingRules);
    }

    @Override
    public Optional<Member> find(String address) {
        return roster.findByEmail(Member.normalise(address)).map(GatewayRoster::toMember);
    }

    @Override
    public List<Member> members() {
        return roster.everyone().stream().map(GatewayRoster::toMember).toList();
    }

    @Override
    public boolean maySend(Member sender) {
        return roster.findByEmail(sender.address())
                .map(person -> sendingRules.stream().allMatch(rule -> rule.maySend(person)))
                .orElse(false);
    }

    private static Member toMember(Person person) {
        return new Member(person.email(), person.displayName(),
                uk.safekiosk.gateway.roster.Role.valueOf(person.role().name()),
                person.classId() == null ? Set.of() : Set.of(String.valueOf(person.classId())));
    }
}
