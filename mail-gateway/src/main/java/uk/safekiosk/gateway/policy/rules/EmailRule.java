package uk.safekiosk.gateway.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.rules.ScannedMessage.ScannedText;
import uk.safekiosk.gateway.text.LinkView;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * EMAIL: an email address, also when written "name at example dot com", "name (at) example.com",
 * "name [at] example [dot] org" or spaced out "name . x @ example . com". Looks at link targets too (mailto:).
 */
final class EmailRule extends GatewayRule {

    // Possessive quantifiers: no backtracking, whatever the input.
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]*+@([a-z0-9-]++(?:\\.[a-z0-9-]++)++)");

    private final Set<String> tlds;

    EmailRule(TextNormaliser normaliser, Set<String> tlds) {
        super("email", ReasonCode.EMAIL, normaliser);
        this.tlds = Set.copyOf(tlds);
    }

    @Override
    public List<Finding> inspect(ScannedMessage message) {
        return message.texts().stream().flatMap(text -> inspectOne(text).stream()).toList();
    }

    private List<Finding> inspectOne(ScannedText text) {
        LinkView view = text.text().linkView();
        if (view.text().indexOf('@') < 0) {
            return List.of();
        }
        Matcher m = EMAIL.matcher(view.text());
        List<Finding> found = new ArrayList<>();
        int from = 0;
        while (from < view.text().length() && m.find(from)) {
            String domain = m.group(1);
            if (tlds.contains(domain.substring(domain.lastIndexOf('.') + 1))) {
                found.add(finding(text, view.originalStart(m.start()), view.originalEnd(m.end())));
                from = m.end();
            } else {
                from = m.start() + 1; // "email me at x@example.com" read "me@x" first: look again from the next char
            }
        }
        return found;
    }
}
