package uk.safekiosk.gateway.policy.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.rules.ScannedMessage.ScannedText;
import uk.safekiosk.gateway.text.LinkView;
import uk.safekiosk.gateway.text.NormalisedText;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * LINK: a web address (with or without http/www, also "roblox dot com") whose host is not one of the vetted sites.
 * Looks at link targets (href, src) too. Email domains are the email rule's business.
 */
final class LinkRule extends GatewayRule {

    // Possessive quantifiers: no backtracking, whatever the input.
    private static final Pattern WEB = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"'()\\[\\]]++");
    private static final Pattern BARE = Pattern.compile(
            "(?<![a-z0-9@._%+-])(?:[a-z0-9-]++\\.)++([a-z]{2,24}+)(?![a-z0-9@-])");

    private final Set<String> tlds;
    private final Set<String> allowedHosts;

    LinkRule(TextNormaliser normaliser, Set<String> tlds, Set<String> allowedHosts) {
        super("link", ReasonCode.LINK, normaliser);
        this.tlds = Set.copyOf(tlds);
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    @Override
    public List<Finding> inspect(ScannedMessage message) {
        Set<Finding> found = new LinkedHashSet<>();
        for (ScannedText text : message.texts()) {
            NormalisedText t = text.text();
            // As typed ("look at games.com"), and with spelled-out dots put back ("games dot com").
            scan(text, t.folded(), t::originalStart, t::originalEnd, found);
            LinkView view = t.linkView();
            scan(text, view.text(), view::originalStart, view::originalEnd, found);
        }
        return List.copyOf(found);
    }

    private void scan(ScannedText text, String s, IntUnaryOperator startOf, IntUnaryOperator endOf,
            Set<Finding> found) {
        if (s.indexOf('.') < 0) {
            return;
        }
        List<int[]> webSpans = new ArrayList<>();
        Matcher web = WEB.matcher(s);
        while (web.find()) {
            webSpans.add(new int[] {web.start(), web.end()});
            if (!isAllowed(hostOf(web.group()))) {
                found.add(finding(text, startOf.applyAsInt(web.start()), endOf.applyAsInt(web.end())));
            }
        }
        Matcher bare = BARE.matcher(s);
        while (bare.find()) {
            int start = bare.start();
            boolean insideWeb = webSpans.stream().anyMatch(span -> start >= span[0] && start < span[1]);
            if (!insideWeb && tlds.contains(bare.group(1)) && !isAllowed(bare.group())) {
                found.add(finding(text, startOf.applyAsInt(start), endOf.applyAsInt(bare.end())));
            }
        }
    }

    private boolean isAllowed(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        while (true) {
            if (allowedHosts.contains(h)) {
                return true;
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                return false;
            }
            h = h.substring(dot + 1);
        }
    }

    static String hostOf(String url) {
        String rest = url.replaceFirst("^https?://", "");
        int end = rest.length();
        for (char stop : new char[] {'/', ':', '?', '#'}) {
            int at = rest.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        String host = rest.substring(0, end);
        int userInfo = host.lastIndexOf('@');
        return userInfo >= 0 ? host.substring(userInfo + 1) : host;
    }
}
