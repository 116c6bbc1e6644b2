package uk.safekiosk.gateway.policy;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.policy.rules.GatewayRule;
import uk.safekiosk.gateway.policy.rules.GatewayRules;
import uk.safekiosk.gateway.policy.rules.ScannedMessage;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * The gateway's policy: every rule looks at the message (normalised once), then the verdict table turns the
 * findings into Deliver, Block, Hold or Escalate (strongest wins) with a kind explanation for the child.
 * Immutable once built and safe to share between threads.
 */
public final class PolicyChain implements Policy {

    private final TextNormaliser normaliser;
    private final List<GatewayRule> rules;
    private final VerdictTable verdicts;
    private final Explanations explanations;

    private PolicyChain(TextNormaliser normaliser, List<GatewayRule> rules, VerdictTable verdicts,
            Explanations explanations) {
        this.normaliser = normaliser;
        this.rules = List.copyOf(rules);
        this.verdicts = verdicts;
        this.explanations = explanations;
    }

    /** The chain from the shipped content plus any school overrides in {@code content}; English wording. */
    public static PolicyChain fromContent(ContentSource content) {
        return fromContent(content, Locale.ENGLISH);
    }

    /** As {@link #fromContent(ContentSource)}, with the child's explanations in {@code language}. */
    public static PolicyChain fromContent(ContentSource content, Locale language) {
        TextNormaliser normaliser = TextNormaliser.fromContent(content);
        return new PolicyChain(normaliser, GatewayRules.fromContent(content, normaliser),
                VerdictTable.fromContent(content), Explanations.fromContent(content, language));
    }

    /**
     * The same rules and verdicts, explaining in {@code language} ({@code wording/gateway_<language>.properties}):
     * a kiosk whose school changes language swaps chains without reading the lists again.
     */
    public PolicyChain inLanguage(ContentSource content, Locale language) {
        return new PolicyChain(normaliser, rules, verdicts, Explanations.fromContent(content, language));
    }

    @Override
    public Verdict evaluate(MessageView message) {
        return decide(inspect(message));
    }

    /**
     * Everything the rules found, each with its reason and where it is (origin and span in that text part). The
     * kiosk's "check as you type" underlines the ones whose origin is the body.
     */
    public List<Finding> inspect(MessageView message) {
        ScannedMessage scanned = ScannedMessage.scan(message, normaliser);
        Set<Finding> findings = new LinkedHashSet<>();
        for (GatewayRule rule : rules) {
            findings.addAll(rule.inspect(scanned));
        }
        return List.copyOf(findings);
    }

    /** Turns findings into a verdict: the strongest verdict of any reason wins. */
    Verdict decide(List<Finding> findings) {
        VerdictKind kind = VerdictKind.DELIVER;
        for (Finding finding : findings) {
            VerdictKind k = verdicts.kindOf(finding.reason());
            if (k.isStrongerThan(kind)) {
                kind = k;
            }
        }
        VerdictKind chosen = kind;
        List<ReasonCode> deciding = findings.stream()
                .map(Finding::reason)
                .filter(reason -> verdicts.kindOf(reason) == chosen)
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
        // Reasons a school has set to DELIVER do not show up as reasons.
        List<Finding> reported = findings.stream()
                .filter(f -> verdicts.kindOf(f.reason()) != VerdictKind.DELIVER)
                .toList();
        return chosen.toVerdict(reported, explanations.explain(chosen, deciding));
    }
}
